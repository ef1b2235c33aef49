"""How complete an order's information is: the one measure for the order window, the orders
list and the due diligence report up the chain.

The guidance asks resellers to pass on complete customer, end-user and intended-use
information; this says, for one order, which of six items it has and, in plain words, what is
missing. Items (``vocabulary.CompletenessItem``, in this order):

- customer: identified, i.e. a name and a country (what a register or a sanctions list needs;
  a name alone could be anyone).
- end user: named, or stated to be the customer. The order window's End user field offers
  "Same as the customer", so an order entered in the app without an end user states that; an
  order imported from a file without an end user states nothing (the file had no such
  column, or it was blank), until someone names the end user (the customer itself if it uses
  the goods).
- destination: the country the goods go to (as screened: the end user's country when the
  order gives no other).
- intended use in the customer's words: free text, and not only a use-case tag id copied
  into it (one word with an underscore, or such words separated by "," or ";", as some shop
  exports do).
- use cases: at least one use-case tag.
- checklist: every question the latest screening asks is answered yes or no ("not sure
  yet" is not an answer; a screening that asks nothing has nothing left to answer).

Which stored columns decide each item (``store/completeness_sql.py`` writes them as SQL, for
the list and for aggregates; tests check that SQL and :func:`order_completeness` agree):

- customer: ``orders.customer_id`` -> ``customer.name`` not empty and ``customer.country`` set.
- end user: ``orders.end_user_id`` set, or NULL with ``orders.import_batch_id`` NULL.
- destination: ``orders.destination_country`` set.
- intended use: ``orders.intended_use`` (see :func:`in_words`).
- use cases: ``orders.use_cases`` (JSON list) not ``[]``.
- checklist: the ``checklist`` list of the newest ``screening.result`` of the order, against
  ``checklist_answer`` rows of the order with answer ``yes`` or ``no``.

Pure: plain values in, a :class:`Completeness` out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import CompletenessItem

ITEMS: tuple[CompletenessItem, ...] = tuple(CompletenessItem)
FULL_MASK = (1 << len(ITEMS)) - 1
# The checklist's answers that answer a question ("unknown", "not sure yet", does not).
ANSWERED = frozenset({"yes", "no"})


def bit(item: CompletenessItem) -> int:
    """The item's bit in a completeness mask (``store/completeness_sql.MASK_SQL``)."""
    return 1 << ITEMS.index(item)


def label(item: CompletenessItem) -> str:
    """The item's name, as a column header or a tick list shows it."""
    return {
        CompletenessItem.CUSTOMER: t("Customer identified"),
        CompletenessItem.END_USER: t("End user named"),
        CompletenessItem.DESTINATION: t("Destination"),
        CompletenessItem.INTENDED_USE: t("Intended use in the customer's words"),
        CompletenessItem.USE_CASES: t("Use cases tagged"),
        CompletenessItem.CHECKLIST: t("Checklist answered"),
    }[item]


def missing_sentence(item: CompletenessItem) -> str:
    """What is missing for ``item``, in a sentence that says what to do."""
    return {
        CompletenessItem.CUSTOMER: t("The customer is not identified: give the customer's "
                                     "name and country."),
        CompletenessItem.END_USER: t("The end user is not named: choose the end user, or the "
                                     "customer itself if it uses the goods."),
        CompletenessItem.DESTINATION: t("The destination country is not given."),
        CompletenessItem.INTENDED_USE: t("The intended use is not written down in the "
                                         "customer's words."),
        CompletenessItem.USE_CASES: t("No use case is tagged."),
        CompletenessItem.CHECKLIST: t("Not every checklist question is answered yes or no."),
    }[item]


@dataclass(frozen=True, slots=True)
class Completeness:
    """Which items an order has (``present``, in :data:`ITEMS` order)."""

    present: tuple[bool, ...]

    @classmethod
    def from_mask(cls, mask: int) -> Completeness:
        """From a mask of present items (bit :func:`bit` per item), as the list reads it."""
        return cls(tuple(bool(mask >> i & 1) for i in range(len(ITEMS))))

    @property
    def mask(self) -> int:
        return sum(1 << i for i, ok in enumerate(self.present) if ok)

    @property
    def items(self) -> tuple[tuple[CompletenessItem, bool], ...]:
        """Each item with whether it is present, in order."""
        return tuple(zip(ITEMS, self.present, strict=True))

    @property
    def done(self) -> int:
        return sum(self.present)

    @property
    def total(self) -> int:
        return len(self.present)

    @property
    def complete(self) -> bool:
        return all(self.present)

    @property
    def missing_items(self) -> tuple[CompletenessItem, ...]:
        return tuple(item for item, ok in self.items if not ok)

    @property
    def missing(self) -> tuple[str, ...]:
        """What is missing, one plain sentence per item (empty when complete)."""
        return tuple(missing_sentence(item) for item in self.missing_items)

    def summary(self) -> str:
        """"4 of 6", for a badge or a column."""
        return t("{done} of {total}", done=self.done, total=self.total)


def _tag_like(word: str) -> bool:
    return "_" in word and " " not in word and "\n" not in word


def in_words(intended_use: str | None) -> bool:
    """Whether an intended use is written in words, not only tag ids.

    Blank is not; one word with an underscore ("access_control") is a tag id, and so is a list
    of them joined by "," or ";" with or without a space after. (The SQL in
    ``store/completeness_sql.py`` says the same; stored texts are trimmed already.)
    """
    text = (intended_use or "").strip()
    if not text:
        return False
    return not _tag_like(text.replace(", ", ",").replace("; ", ";"))


def checklist_answered(asked: Iterable[str], answers: Mapping[str, str]) -> bool:
    """Whether every question ``asked`` has an answer (question id -> "yes" / "no" /
    "unknown") that answers it."""
    return all(answers.get(q) in ANSWERED for q in asked)


def order_completeness(*, customer_name: str | None, customer_country: str | None,
                       end_user_named: bool, end_user_same_as_customer: bool,
                       destination_country: str | None, intended_use: str | None,
                       use_cases: Sequence[str], checklist_asked: Iterable[str],
                       checklist_answers: Mapping[str, str]) -> Completeness:
    """The completeness of one order from its facts.

    ``end_user_named``: an end user is linked (with a name); ``end_user_same_as_customer``:
    the order states the customer uses the goods (see the module's note on what states it).
    ``checklist_asked``: the question ids of the latest screening; ``checklist_answers``: the
    order's answers by question id.
    """
    return Completeness((
        bool((customer_name or "").strip()) and bool(customer_country),
        end_user_named or end_user_same_as_customer,
        bool(destination_country),
        in_words(intended_use),
        any(tag.strip() for tag in use_cases),
        checklist_answered(checklist_asked, checklist_answers),
    ))
