"""Data sources and licences: where the pack's data comes from, and the libraries' licences."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from reseller_app.domain.packs import CriteriaPack, Source
from reseller_app.services.packs import default_pack_sha256
from reseller_app.ui.backend import Backend
from reseller_app.ui.labels import date_text


def _link(url: str, text: str | None = None) -> str:
    if not url:
        return escape(text or "")
    return f'<a href="{escape(url, quote=True)}">{escape(text or url)}</a>'


class DataSourcesDialog(QDialog):
    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Data sources and licences"))
        self.resize(760, 600)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("Data sources and licences"))
        self.browser.setHtml(self._html(backend))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def _html(self, backend: Backend) -> str:
        loaded = backend.loaded_pack
        pack = loaded.pack
        parts = [
            f"<h2>{escape(self.tr('Criteria pack'))}</h2>",
            "<p>" + escape(self.tr("{0}, version {1}, issued by {2} on {3}.").format(
                pack.title, pack.version, pack.issuer, date_text(pack.issued))) + "</p>",
            f"<p><small>SHA-256 {escape(loaded.ref.sha256)}</small></p>",
            "<p>" + escape(self._signer(backend)) + "</p>",
            f"<h2>{escape(self.tr('Attribution'))}</h2>",
            *self._attribution(pack),
            f"<h2>{escape(self.tr('Sources'))}</h2>",
            "<p>" + escape(self.tr(
                "Each flag and each checklist question names the sources it rests on, with the "
                "section, under the title given here as \"Cited in flags as\".")) + "</p>",
        ]
        parts += [self._source(s) for s in pack.sources]
        parts += [
            f"<h2>{escape(self.tr('Software'))}</h2>",
            "<p>" + escape(self.tr(
                "Country names: pycountry, ISO 3166 data, licensed under the GNU Lesser "
                "General Public License 2.1 (LGPL-2.1), used as an unmodified library.")) +
            " " + _link("https://github.com/pycountry/pycountry") + "</p>",
            "<p>" + escape(self.tr(
                "The user interface uses Qt for Python (PySide6), licensed under the LGPL-3.0."))
            + " " + _link("https://www.qt.io/licensing/") + "</p>",
        ]
        return "\n".join(parts)

    def _signer(self, backend: Backend) -> str:
        """Who signed the pack in use, as proven at its import against the distributor's
        pinned key (the app's own default pack and unsigned packs say so)."""
        sha256 = backend.loaded_pack.ref.sha256
        if sha256 == default_pack_sha256():
            return self.tr("This is the app's own default pack: it needs no distributor's "
                           "signature.")
        signed_by, fingerprint = backend.packs.signer(sha256)
        if not signed_by:
            return self.tr("This pack was not signed by a distributor whose key is pinned.")
        return self.tr("Signed by {0} (fingerprint {1}).").format(signed_by, fingerprint)

    def _attribution(self, pack: CriteriaPack) -> list[str]:
        """One paragraph per credit line: each source's citation with its licence, then how
        the country tiers were derived (the pack's geography attribution without the citation
        it repeats)."""
        paragraphs: list[str] = []
        citations: list[str] = []
        for s in pack.sources:
            if not s.citation:
                continue
            citations.append(s.citation)
            licence = f" ({_link(s.licence_url, s.licence)})" if s.licence else ""
            paragraphs.append(f"<p>{escape(s.citation)}{licence}</p>")
        geography = pack.geography.attribution.strip()
        for citation in citations:
            if geography.startswith(citation):
                geography = geography[len(citation):].lstrip(" .;,")
                break
        if geography:
            paragraphs.append("<p>" + escape(self.tr("Country tiers: {0}").format(geography))
                              + "</p>")
        if any(s.licence for s in pack.sources):
            paragraphs.append("<p>" + escape(self.tr(
                "Where a source was changed (an adaptation), the changes are listed under "
                "Sources below. A copy of these notices ships with the app in "
                "ATTRIBUTION.md.")) + "</p>")
        return paragraphs

    def _source(self, s: Source) -> str:
        rows = [(self.tr("Producer"), escape(s.producer))]
        if s.short:
            rows.append((self.tr("Cited in flags as"), escape(s.short)))
        if s.version:
            rows.append((self.tr("Version"), escape(s.version)))
        if s.url:
            rows.append((self.tr("Where"), _link(s.url)))
        if s.accessed:
            rows.append((self.tr("Accessed"), escape(s.accessed)))
        if s.licence:
            rows.append((self.tr("Licence"), _link(s.licence_url, s.licence)))
        if s.citation:
            rows.append((self.tr("Cite as"), escape(s.citation)))
        if s.changes:
            rows.append((self.tr("Changes made"), escape(s.changes)))
        body = "".join(f"<tr><td valign='top'><b>{escape(k)}</b>&nbsp;</td><td>{v}</td></tr>"
                       for k, v in rows)
        return f"<h3>{escape(s.title)}</h3><table cellspacing='4'>{body}</table>"
