"""The restricted-party threshold's default and bounds, apart from the matcher so that the
criteria pack can name them without loading the matcher (and its string-similarity library)
at start-up."""

from __future__ import annotations

# A name scoring this or more against a listed name is a possible match. 0.75 finds 0.98+ of
# listed names written differently with under 1% false alarms on ordinary names (bench/run.py
# "match quality:"); a pack may set it between the bounds below.
DEFAULT_THRESHOLD = 0.75
# Below 0.5 a party sharing one of two words with a listed name would alert; at 1.0 only a
# name equal word for word would, and one typing error would hide a listed party.
MIN_THRESHOLD = 0.5
MAX_THRESHOLD = 0.99
