"""The human rights policy as a web page and as plain text, for the company website.

The HTML is one standalone, well-formed page (XHTML-compatible markup, styles inline, every
text escaped, web and e-mail addresses as links) that can be uploaded as it is or pasted into a
content management system; it is also what the app previews and prints. The plain text wraps
at 78 columns.
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from html import escape

from reseller_app.domain.policy import Approval, RenderedPolicy

_CSS = """
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #1d2430;
       line-height: 1.55; max-width: 46em; margin: 2.5em auto; padding: 0 1.2em; }
.company { color: #1f4e79; font-weight: bold; letter-spacing: 0.06em; text-transform: uppercase;
           font-size: 0.85em; margin: 0; }
h1 { font-size: 2.1em; margin: 0.2em 0 0.3em; padding-bottom: 0.3em;
     border-bottom: 2px solid #1f4e79; }
.meta { color: #5b6573; font-size: 0.9em; margin-top: 0; }
h2 { color: #1f4e79; font-size: 1.2em; margin: 1.6em 0 0.4em; }
ul { padding-left: 1.4em; }
li { margin: 0.2em 0; }
.draft { color: #b22222; font-weight: bold; border: 2px solid #b22222; padding: 0.4em 0.8em;
         display: inline-block; }
table.approval { border-collapse: collapse; margin-top: 2em; background: #f2f5f9;
                 border-top: 2px solid #1f4e79; min-width: 60%; }
table.approval th, table.approval td { text-align: left; padding: 0.35em 0.9em; }
table.approval th { color: #5b6573; font-weight: normal; font-size: 0.9em; }
table.approval caption { text-align: left; font-weight: bold; color: #1f4e79;
                         padding: 0.4em 0; font-size: 1.1em; }
"""


# A web address (with its scheme, or starting "www.") or an e-mail address in the policy's text.
_LINK = re.compile(
    r"(?P<url>\b(?:https?://|www\.)[^\s<>\"]+)"
    r"|(?P<email>\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}\b)")
_TRAILING = ".,;:!?'\""  # ends a sentence, not the address


def _split_url(url: str) -> tuple[str, str]:
    """The address and what follows it in the sentence: "(see https://x.example/a)." ends
    the address before ")." (a closing bracket stays when the address opened it)."""
    end = len(url)
    while end:
        ch = url[end - 1]
        if ch in _TRAILING or (ch == ")" and url[:end].count("(") < url[:end].count(")")):
            end -= 1
        else:
            break
    return url[:end], url[end:]


def linked(text: str) -> str:
    """``text`` escaped for HTML, its web and e-mail addresses made links a reader can
    click."""
    out: list[str] = []
    pos = 0
    for m in _LINK.finditer(text):
        out.append(escape(text[pos:m.start()]))
        if m.group("url"):
            address, tail = _split_url(m.group("url"))
            href = address if "://" in address else f"https://{address}"
            out.append(f'<a href="{escape(href)}">{escape(address)}</a>{escape(tail)}')
        else:
            address = m.group("email")
            out.append(f'<a href="mailto:{escape(address)}">{escape(address)}</a>')
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out)


def _approval_rows(rendered: RenderedPolicy, version_number: int, approval: Approval | None,
                   next_review: dt.date | None) -> list[tuple[str, str]]:
    rows = [
        (rendered.label("approved_by"), approval.name if approval
         else rendered.label("not_approved")),
    ]
    if approval is not None:
        rows += [(rendered.label("approver_title"), approval.title),
                 (rendered.label("approved_on"), rendered.format_date(approval.approved_on))]
    rows.append((rendered.label("version_label"), str(version_number)))
    if next_review is not None:
        rows.append((rendered.label("next_review"), rendered.format_date(next_review)))
    return rows


def _meta(rendered: RenderedPolicy, version_number: int, approval: Approval | None,
          draft: bool) -> str:
    meta = [rendered.label("version", number=version_number)]
    if approval is not None and not draft:
        meta.append(rendered.label("adopted", date=rendered.format_date(approval.approved_on)))
        meta.append(f"{rendered.label('approved_by')} {approval.name}, {approval.title}")
    return " · ".join(meta)


def policy_html(rendered: RenderedPolicy, *, company: str, version_number: int,
                approval: Approval | None, draft: bool = False,
                next_review: dt.date | None = None) -> str:
    if draft:
        approval = None
    e = escape
    title = f"{rendered.title} – {company}" if company else rendered.title
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{e(rendered.language)}" xmlns="http://www.w3.org/1999/xhtml">',
        "<head>",
        '<meta charset="utf-8" />',
        '<meta name="viewport" content="width=device-width, initial-scale=1" />',
        f"<title>{e(title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<article>",
        "<header>",
        f'<p class="company">{e(company)}</p>',
        f"<h1>{e(rendered.title)}</h1>",
        f'<p class="meta">{e(_meta(rendered, version_number, approval, draft))}</p>',
    ]
    if draft:
        out.append(f'<p class="draft">{e(rendered.draft_banner())}</p>')
    out.append("</header>")
    for i, section in enumerate(rendered.sections, start=1):
        out.append(f'<section id="{e(section.id)}">')
        out.append(f"<h2>{i}. {e(section.title)}</h2>")
        for block in section.blocks:
            if block.kind == "paragraph":
                out.append(f"<p>{linked(block.text)}</p>")
            else:
                out.append("<ul>")
                out += [f"<li>{linked(item)}</li>" for item in block.items]
                out.append("</ul>")
        out.append("</section>")
    out.append('<table class="approval">')
    out.append(f"<caption>{e(rendered.label('approval_heading'))}</caption>")
    out.append("<tbody>")
    for label, value in _approval_rows(rendered, version_number, approval, next_review):
        out.append(f'<tr><th scope="row">{e(label)}</th><td>{e(value)}</td></tr>')
    out += ["</tbody>", "</table>", "</article>", "</body>", "</html>", ""]
    return "\n".join(out)


def _wrap(text: str, indent: str = "", subsequent: str | None = None) -> list[str]:
    return textwrap.wrap(text, width=78, initial_indent=indent,
                         subsequent_indent=indent if subsequent is None else subsequent,
                         break_long_words=False, break_on_hyphens=False) or [indent.rstrip()]


def policy_text(rendered: RenderedPolicy, *, company: str, version_number: int,
                approval: Approval | None, draft: bool = False,
                next_review: dt.date | None = None) -> str:
    if draft:
        approval = None
    lines: list[str] = []
    if draft:
        lines += [f"*** {rendered.draft_banner()} ***", ""]
    if company:
        lines.append(company)
    lines += [rendered.title, "=" * len(rendered.title)]
    lines += _wrap(_meta(rendered, version_number, approval, draft))
    for i, section in enumerate(rendered.sections, start=1):
        heading = f"{i}. {section.title}"
        lines += ["", "", heading, "-" * len(heading)]
        for block in section.blocks:
            lines.append("")
            if block.kind == "paragraph":
                lines += _wrap(block.text)
            else:
                for item in block.items:
                    lines += _wrap(item, "  - ", "    ")
    heading = rendered.label("approval_heading")
    lines += ["", "", heading, "-" * len(heading), ""]
    rows = _approval_rows(rendered, version_number, approval, next_review)
    width = max(len(k) for k, _ in rows) + 2
    lines += [f"{k + ':':<{width}}{v}" for k, v in rows]
    return "\n".join(lines) + "\n"
