"""Data files shipped with the app (criteria packs, templates, schemas, icons, translations)."""
