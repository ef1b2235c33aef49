"""The periodic due diligence report up the chain as a PDF for the distributor.

Built from the domain's ``ChainReport`` (``domain/chain_report.py``), never from rows, in the
house style of the packets (``packet_styles.build``: header line, "Page n of m" at the foot):
a title block, a summary in sentences, two charts (orders by tier; tiers per month, stacked, in
the tier colours the app shows), then one section per measure. Long tables repeat their header
on every page. Names of customers and end users print only when the report carries them (the
user ticked them in). Every word goes through ``t = words(language)``; region names come from
CLDR (Babel) in the reader's language, countries from ``domain.countries``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal

from babel.dates import format_date
from babel.numbers import format_percent
from reportlab.graphics.charts.barcharts import BarChart, HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer
from reportlab.platypus.flowables import Flowable

from reseller_app.domain.chain_report import (
    COMPLETENESS_PARTS,
    TIERS,
    UNKNOWN_REGION,
    ChainReport,
    PeriodKind,
    ReportPeriod,
)
from reseller_app.domain.chart_scale import nice_step
from reseller_app.domain.countries import country_name
from reseller_app.domain.vocabulary import CompletenessItem, OrderStatus
from reseller_app.reports.packet_pdf import heading, signed_with, source_words, tier_words
from reseller_app.reports.packet_styles import MARGIN, PAGE, build, esc, grid, key_values, para
from reseller_app.reports.packet_styles import styles as packet_styles
from reseller_app.reports.policy_pdf import PAGE_SIZES
from reseller_app.reports.styles import INK, MUTED, RULE, TIER_COLOURS, fonts
from reseller_app.reports.words import Words, words

CHART_FONT_SIZE = 8
TIER_CHART_HEIGHT = 36 * mm
MONTH_CHART_HEIGHT = 62 * mm
# The M49 regions (continents) by their English name, as the report's ``RegionCount.region``
# gives them, to look their name up in CLDR in the reader's language.
REGION_CODES = {"Africa": "002", "Americas": "019", "Asia": "142", "Europe": "150",
                "Oceania": "009", "Antarctica": "AQ"}


# -- words ----------------------------------------------------------------------------------------
def status_words(t: Words) -> dict[str, str]:
    """An order's status (``vocabulary.OrderStatus``) as the named orders' table prints it."""
    return {OrderStatus.CLEARED: t("cleared"), OrderStatus.HELD: t("held"),
            OrderStatus.BLOCKED: t("blocked"), OrderStatus.PROCEED: t("approved"),
            OrderStatus.PROCEED_WITH_CONDITIONS: t("approved with conditions"),
            OrderStatus.ESCALATED: t("escalated"), OrderStatus.DECLINED: t("declined")}


def completeness_words(t: Words) -> dict[str, str]:
    """The parts of an order's information the completeness share counts."""
    return {CompletenessItem.CUSTOMER: t("Customer identified"),
            CompletenessItem.END_USER: t("End user named, or confirmed to be the customer"),
            CompletenessItem.DESTINATION: t("Destination given"),
            CompletenessItem.INTENDED_USE: t("Intended use in the customer's words"),
            CompletenessItem.USE_CASES: t("Use cases tagged"),
            CompletenessItem.CHECKLIST: t("Checklist answered")}


def period_name(period: ReportPeriod, t: Words) -> str:
    """"Q4 2026", "November 2026", "2026", in the reader's language."""
    if period.kind is PeriodKind.QUARTER:
        return t("Q{number} {year}").format(number=period.number, year=period.year)
    if period.kind is PeriodKind.MONTH:
        return format_date(period.start, "LLLL y", locale=t.locale)
    return str(period.year)


def month_name(month: str, t: Words, *, long: bool = False, short: bool = False) -> str:
    """A "YYYY-MM" month as the reader's language writes it: "Oct 2026" ("October 2026" when
    ``long``, "Oct" when ``short``)."""
    day = dt.date.fromisoformat(f"{month}-01")
    return format_date(day, "LLLL y" if long else "LLL" if short else "LLL y", locale=t.locale)


def note(text: str) -> list[Flowable]:
    """A small grey note under a table (a heading keeps with its table, so notes go after)."""
    return [Spacer(1, 1.5 * mm), para(text, "small")]


def percent(value: float | None, t: Words) -> str:
    """87.5% (en), 87,5 % (de); a dash when there was nothing to count."""
    if value is None:
        return "—"
    # One decimal at most, in the language's own pattern (its space before the sign, or not).
    rounded = Decimal(str(value)).quantize(Decimal("0.001"), ROUND_HALF_UP).normalize()
    return format_percent(rounded, locale=t.locale, decimal_quantization=False)


def ratio(part: int, whole: int) -> float | None:
    """``part / whole`` unrounded (``domain.chain_report.share`` rounds to 4 places, and a
    share rounded twice can print 79% for 78.9%); None when there is nothing to divide."""
    return part / whole if whole else None


def days(value: float | None, t: Words) -> str:
    return "—" if value is None else t.number(Decimal(str(value)))


def region_name(code: str, english: str, t: Words) -> str:
    """An M49 (sub-)region in the reader's language (CLDR), else its English M49 name."""
    if t.language == "en":
        return english
    return t.locale.territories.get(code) or english


# -- charts ---------------------------------------------------------------------------------------
def _value_axis(chart: BarChart, top: int, t: Words) -> None:
    step = nice_step(max(top, 1), ticks=5)
    axis = chart.valueAxis
    axis.valueMin, axis.valueStep = 0, step
    axis.valueMax = step * max(1, -(-top // step))
    axis.labels.fontName, axis.labels.fontSize = fonts().regular, CHART_FONT_SIZE - 0.5
    axis.labels.fillColor = MUTED
    axis.labelTextFormat = lambda v: t.number(int(v))
    axis.strokeColor = RULE
    axis.visibleGrid, axis.gridStrokeColor, axis.gridStrokeWidth = 1, RULE, 0.3


def _category_axis(chart: BarChart, names: list[str]) -> None:
    axis = chart.categoryAxis
    axis.categoryNames = names
    axis.labels.fontName, axis.labels.fontSize = fonts().regular, CHART_FONT_SIZE
    axis.labels.fillColor = INK
    axis.strokeColor = RULE
    axis.visibleTicks = 0


def tier_chart(report: ChainReport, width: float, t: Words) -> Drawing:
    """Orders by tier: one horizontal bar per tier (lowest first, at the top), in its colour,
    with the count at the bar's end."""
    names = tier_words(t)
    tiers = [tier for tier, _ in report.by_tier]
    counts = [n for _, n in report.by_tier]
    label_width = max(_text_width(names.get(tier, tier)) for tier in tiers) + 8
    drawing = Drawing(width, TIER_CHART_HEIGHT)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 12
    chart.width, chart.height = width - label_width - 30, TIER_CHART_HEIGHT - 16
    chart.data = [counts]
    _category_axis(chart, [names.get(tier, tier) for tier in tiers])
    chart.categoryAxis.labels.boxAnchor, chart.categoryAxis.labels.dx = "e", -4
    chart.categoryAxis.reverseDirection = 1  # low at the top, as the tables list them
    _value_axis(chart, max(counts, default=0), t)
    chart.barWidth, chart.groupSpacing = 6, 3
    chart.bars.strokeColor = None
    for i, tier in enumerate(tiers):
        chart.bars[(0, i)].fillColor = TIER_COLOURS.get(tier, MUTED)
    chart.barLabelFormat = lambda v: t.number(int(v))
    chart.barLabels.fontName, chart.barLabels.fontSize = fonts().bold, CHART_FONT_SIZE
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 3
    drawing.add(chart)
    drawing.hAlign = "LEFT"
    return drawing


def month_chart(report: ChainReport, width: float, t: Words) -> Drawing:
    """Orders per month, stacked by tier (low at the bottom), with a legend above."""
    names = tier_words(t)
    months = list(report.by_month)
    tiers = [tier for tier, _ in months[0].tiers] if months else list(TIERS)
    drawing = Drawing(width, MONTH_CHART_HEIGHT)
    legend = Legend()
    legend.colorNamePairs = [(TIER_COLOURS.get(tier, MUTED), names.get(tier, tier))
                             for tier in tiers]
    legend.fontName, legend.fontSize = fonts().regular, CHART_FONT_SIZE
    legend.alignment, legend.columnMaximum = "right", 1
    legend.boxAnchor, legend.x, legend.y = "nw", 30, MONTH_CHART_HEIGHT - 2
    legend.dx, legend.dy, legend.deltax = 7, 7, 0
    legend.autoXPadding, legend.strokeColor = 12, None
    legend.strokeWidth = 0
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 16
    chart.width, chart.height = width - 36, MONTH_CHART_HEIGHT - 34
    chart.data = [[dict(m.tiers).get(tier, 0) for m in months] or [0] for tier in tiers]
    # A year's twelve bars have room for the month only (the title says the year).
    short = report.period.kind is PeriodKind.YEAR
    _category_axis(chart, [month_name(m.month, t, short=short) for m in months] or [""])
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.labels.boxAnchor, chart.categoryAxis.labels.dy = "n", -3
    _value_axis(chart, max((m.total for m in months), default=0), t)
    # A bar no wider than 18 mm (a quarter's three bars would otherwise be slabs).
    group = chart.width / max(len(months), 1)
    bar = min(group * 0.62, 18 * mm)
    chart.barWidth, chart.groupSpacing, chart.barSpacing = bar, group - bar, 0
    chart.bars.strokeColor, chart.bars.strokeWidth = colors.white, 0.4
    for i, tier in enumerate(tiers):
        chart.bars[i].fillColor = TIER_COLOURS.get(tier, MUTED)
    drawing.add(chart)
    drawing.add(legend)
    drawing.hAlign = "LEFT"
    return drawing


def _text_width(text: str) -> float:
    # late: only the charts measure text; pdfmetrics is ReportLab's
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, fonts().regular, CHART_FONT_SIZE)


# -- sections -------------------------------------------------------------------------------------
def title_section(report: ChainReport, t: Words) -> list[Flowable]:
    period = period_name(report.period, t)
    span = t("{start} to {end}").format(start=t.date(report.period.start),
                                        end=t.date(report.period.end))
    names = (t("Included at the reseller's choice") if report.include_names
             else t("Not included: counts only"))
    rows: list[tuple[str, object]] = [
        (t("Reseller"), report.reseller), (t("For"), report.distributor or "—"),
        (t("Period"), f"{period} ({span})")]
    if report.as_of != report.period.end:
        rows.append((t("Counted up to"), t.date(report.as_of)))
    rows += [(t("Generated"), t.datetime(report.generated_at)),
             (t("Names of customers and end users"), names)]
    return [para(report.reseller.upper(), "small"),
            Paragraph(esc(t("Due diligence report, {period}").format(period=period)),
                      packet_styles()["title"]),
            *key_values(rows, t)]


def summary_section(report: ChainReport, t: Words) -> list[Flowable]:
    """The report in a few sentences, for a reader who reads nothing else."""
    o, c = report.outcomes, report.completeness
    period = period_name(report.period, t)
    out: list[Flowable] = [heading(t("Summary"))]
    if not report.orders:
        return [*out, para(t("{reseller} screened no orders in {period}.").format(
            reseller=report.reseller, period=period))]
    tiers = dict(report.by_tier)
    screened = (t("In {period}, {reseller} screened {orders} order against its criteria for "
                  "human rights risk: {low} low, {elevated} elevated, {high} high and "
                  "{prohibited} prohibited.") if report.orders == 1 else
                t("In {period}, {reseller} screened {orders} orders against its criteria for "
                  "human rights risk: {low} low, {elevated} elevated, {high} high and "
                  "{prohibited} prohibited."))
    out.append(para(screened.format(
        period=period, reseller=report.reseller, orders=t.number(report.orders),
        low=t.number(tiers.get("low", 0)), elevated=t.number(tiers.get("elevated", 0)),
        high=t.number(tiers.get("high", 0)), prohibited=t.number(tiers.get("prohibited", 0)))))
    # Numbers stand where no plural hangs on them ("1 orders"), or in a variant for one.
    if o.held == 1:
        out.append(para(t("One order was held for a decision, and it was decided.")
                        if o.decided else
                        t("One order was held for a decision, and it is still waiting.")))
    elif o.held:
        out.append(para(t("{held} orders were held for a decision and {decided} of them "
                          "decided.").format(held=t.number(o.held),
                                             decided=t.number(o.decided))))
    if o.median_days_to_decision is not None:
        out.append(para(t("Median days from hold to decision: {days}.").format(
            days=days(o.median_days_to_decision, t))))
    if not o.held:
        out.append(para(t("No order was held for a decision.")))
    if o.escalations or o.declined:
        escalated = (t("{escalations} order was escalated to a distributor and {declined} "
                       "declined.") if o.escalations == 1 else
                     t("{escalations} orders were escalated to a distributor and {declined} "
                       "declined."))
        out.append(para(escalated.format(escalations=t.number(o.escalations),
                                         declined=t.number(o.declined))))
    complete = (t("{complete} of {orders} order ({share}) carried complete customer, "
                  "end-user and intended-use information.") if c.orders == 1 else
                t("{complete} of {orders} orders ({share}) carried complete customer, "
                  "end-user and intended-use information."))
    out.append(para(complete.format(
        complete=t.number(c.complete), orders=t.number(c.orders),
        share=percent(ratio(c.complete, c.orders), t))))
    return out


def table_heading(text: str) -> list[Flowable]:
    """A heading over a table that may run over pages. Not ``keepWithNext`` (ReportLab would
    carry the whole table to a new page, leaving most of this one empty): a new page only
    when this one has no room for the heading and the table's first rows."""
    return [CondPageBreak(28 * mm), Paragraph(esc(text), _table_heading_style())]


@functools.cache
def _table_heading_style() -> ParagraphStyle:
    return ParagraphStyle("table_heading", parent=packet_styles()["h2"], keepWithNext=0)


def tier_section(report: ChainReport, width: float, t: Words) -> list[Flowable]:
    return [heading(t("Orders screened by risk tier")), tier_chart(report, width, t)]


def month_section(report: ChainReport, width: float, t: Words) -> list[Flowable]:
    """The stacked chart, and the same numbers in a table (a chart is not read aloud)."""
    names = tier_words(t)
    tiers = [tier for tier, _ in report.by_tier]
    rows = [[month_name(m.month, t, long=True),
             *(t.number(dict(m.tiers).get(tier, 0)) for tier in tiers), t.number(m.total)]
            for m in report.by_month]
    first = 40 * mm
    rest = (width - first) / (len(tiers) + 1)
    return [heading(t("Orders per month by risk tier")), month_chart(report, width, t),
            Spacer(1, 2 * mm),
            grid([t("Month"), *(names.get(tier, tier) for tier in tiers), t("Total")], rows,
                 [first, *[rest] * (len(tiers) + 1)], numbers_from=1)]


def category_section(report: ChainReport, width: float, t: Words,
                     labels: Mapping[str, str]) -> list[Flowable]:
    out = table_heading(t("Orders by product category"))
    if not report.by_category:
        return [*out, para(t("No orders in this period."))]
    # Without the pack's words, the id reads as words ("video_surveillance": video surveillance)
    rows = [[labels.get(cat) or cat.replace("_", " ") if cat else t("No category given"),
             t.number(n),
             percent(ratio(n, report.orders), t)] for cat, n in report.by_category]
    # Notes go under their table: the heading keeps with the table, never alone at a page foot.
    return [*out, grid([t("Product category"), t("Orders"), t("Share of orders")], rows,
                       [width - 60 * mm, 26 * mm, 34 * mm], numbers_from=1),
            *note(t("An order with lines of several categories counts once in each."))]


def region_section(report: ChainReport, width: float, t: Words) -> list[Flowable]:
    out = table_heading(t("Orders by destination region"))
    if not report.by_region:
        return [*out, para(t("No orders in this period."))]
    rows = [[region_name(r.code, r.name, t) if r.code != UNKNOWN_REGION
             else t("Destination not given"),
             region_name(REGION_CODES.get(r.region, ""), r.region, t) if r.region else "—",
             t.number(r.orders), percent(ratio(r.orders, report.orders), t)]
            for r in report.by_region]
    return [*out, grid([t("Region"), t("Part of"), t("Orders"), t("Share of orders")], rows,
                       [width - 96 * mm, 36 * mm, 26 * mm, 34 * mm], numbers_from=2),
            *note(t("Regions as the United Nations M49 standard groups countries."))]


def outcomes_section(report: ChainReport, width: float, t: Words) -> list[Flowable]:
    o = report.outcomes
    rows = [[t("Held for a decision"), t.number(o.held)],
            [t("Decided after the hold"), t.number(o.decided)],
            [t("Still waiting for a decision"), t.number(o.undecided)],
            [t("Median days from hold to decision"), days(o.median_days_to_decision, t)],
            [t("Escalated to a distributor"), t.number(o.escalations)],
            [t("Waiting for the distributor's answer"), t.number(o.escalated)],
            [t("Declined"), t.number(o.declined)],
            [t("Blocked (a prohibited use)"), t.number(o.blocked)]]
    table = grid([t("Orders of the period"), t("Number")], rows,
                 [min(width, 110 * mm) - 28 * mm, 28 * mm], numbers_from=1)
    table.hAlign = "LEFT"  # not the page's width: the numbers stay near their words
    return [heading(t("Held, declined and escalated")), table]


def activity_section(report: ChainReport, t: Words) -> list[Flowable]:
    """Misuse reports and follow-ups: labelled counts (no plural to get wrong in any
    language)."""
    f = report.follow_ups
    return [heading(t("Misuse reports")),
            *key_values([(t("Reports of possible misuse sent in the period"),
                          t.number(report.misuse_reports))], t),
            heading(t("Follow-ups with customers")),
            *key_values([(t("Done in the period"), t.number(f.done)),
                         (t("Overdue on {date}").format(date=t.date(report.as_of)),
                          t.number(f.overdue))], t)]


def policy_section(report: ChainReport, t: Words) -> list[Flowable]:
    p = report.policy
    out: list[Flowable] = [heading(t("Human rights policy"))]
    if not p.adopted:
        return [*out, para(t("No human rights policy was adopted by {date}.").format(
            date=t.date(report.as_of)))]
    review = t.date(p.next_review) if p.next_review else "—"
    if p.review_overdue:
        review = t("{date} (overdue)").format(date=review)
    rows: list[tuple[str, object]] = [
        (t("Adopted version"), t("Version {number}").format(number=p.adopted_version)),
        (t("Approved on"), t.date(p.approved_on) if p.approved_on else "—"),
        (t("Last review"), t.date(p.last_review) if p.last_review else "—"),
        (t("Next review"), review)]
    return [*out, *key_values(rows, t)]


def _with_hash(name: str, sha256: str) -> Paragraph:
    """A pack or list named, with the SHA-256 that pins its version in small grey type under
    the name (the whole hash on one line: a reader compares it with the file)."""
    return Paragraph(f"{esc(name)}<br/>"
                     f'<font size="6" color="{MUTED.hexval()}">SHA-256 {esc(sha256) or "—"}'
                     "</font>", packet_styles()["cell"])


def versions_section(report: ChainReport, width: float, t: Words) -> list[Flowable]:
    out: list[Flowable] = [heading(t("Criteria packs and restricted-party lists used"))]
    if report.packs:
        rows = [[_with_hash(p.pack_id, p.sha256), p.version, t.number(p.screenings)]
                for p in report.packs]
        out.append(grid([t("Criteria pack"), t("Version"), t("Screenings")], rows,
                        [width - 56 * mm, 30 * mm, 26 * mm], numbers_from=2))
    else:
        out.append(para(t("No order was screened in this period.")))
    out.append(Spacer(1, 3 * mm))
    if report.lists:
        sources = source_words(t)
        rows = [[_with_hash(sources.get(v.source, v.source), v.file_sha256),
                 t.date(v.published, compact=True) if v.published else t("not stated"),
                 t.date(v.imported_on, compact=True), t.number(v.entries)]
                for v in report.lists]
        out.append(grid([t("List"), t("Published"), t("Imported"), t("Entries")], rows,
                        [width - 72 * mm, 26 * mm, 24 * mm, 22 * mm], numbers_from=3))
    else:
        out.append(para(t("No restricted-party list was in force: parties were not checked "
                          "against sanctions lists.")))
    return out


def completeness_section(report: ChainReport, width: float, t: Words) -> list[Flowable]:
    c = report.completeness
    parts = dict(c.parts)
    names = completeness_words(t)
    rows = [[names.get(part, part), t.number(parts[part]),
             percent(ratio(parts[part], c.orders), t)]
            for part in COMPLETENESS_PARTS if part in parts]
    rows += [[Paragraph(f"<b>{esc(t('All of the above'))}</b>", packet_styles()["cell"]),
              t.number(c.complete), percent(ratio(c.complete, c.orders), t)]]
    return [heading(t("Completeness of order information")),
            grid([t("Information"), t("Orders"), t("Share of orders")], rows,
                 [width - 60 * mm, 26 * mm, 34 * mm], numbers_from=1),
            *note(t("The share of the period's orders whose file holds each part of the "
                    "information asked for; an order is complete when it holds all of them."))]


def named_section(report: ChainReport, width: float, t: Words) -> list[Flowable]:
    """The orders by name: only when the user ticked names in (``named_orders`` not None)."""
    if report.named_orders is None:
        return []
    out = table_heading(t("Orders held, escalated, declined or blocked, by name"))
    shared = note(t("Names are included because the reseller chose to share them."))
    if not report.named_orders:
        return [*out, para(t("No order of the period was held, escalated, declined or "
                             "blocked.")), *shared]
    tiers, statuses = tier_words(t), status_words(t)
    rows = [[n.reference, t.date(n.order_date, compact=True), tiers.get(n.tier, n.tier),
             statuses.get(n.status, n.status), n.customer, n.end_user or "—",
             country_name(n.destination, t.language) or "—"] for n in report.named_orders]
    return [*out, grid([t("Order"), t("Date"), t("Tier"), t("Status"), t("Customer"),
                        t("End user"), t("Destination")], rows,
                       [22 * mm, 21 * mm, 19 * mm, 24 * mm, *[(width - 119 * mm) / 2] * 2,
                        33 * mm]), *shared]


# -- the document ---------------------------------------------------------------------------------
def chain_report_pdf(report: ChainReport, language: str = "en", page_size: str = "A4", *,
                     category_labels: Mapping[str, str] | None = None,
                     key_fingerprint: str | None = None) -> bytes:
    """The report as a PDF in ``language`` on ``page_size`` ("A4" or "Letter").

    ``category_labels``: the criteria pack's words for its product category ids (the JSON
    keeps the ids); ``key_fingerprint``: the company key's, printed under the title block when
    the report is signed."""
    t = words(language)
    page = PAGE_SIZES.get(page_size, PAGE)
    width = page[0] - 2 * MARGIN
    period = period_name(report.period, t)
    story: list[Flowable] = [
        *title_section(report, t), *signed_with(key_fingerprint, t),
        *summary_section(report, t), *tier_section(report, width, t),
        *month_section(report, width, t),
        *category_section(report, width, t, category_labels or {}),
        *region_section(report, width, t), *outcomes_section(report, width, t),
        *activity_section(report, t), *policy_section(report, t),
        *versions_section(report, width, t), *completeness_section(report, width, t),
        *named_section(report, width, t)]
    title = t("Due diligence report, {period}").format(period=period)
    return build(story, title=title, author=report.reseller, subject=title,
                 header_left=t("{reseller} · due diligence report").format(
                     reseller=report.reseller),
                 header_right=t("{period} · for {distributor}").format(
                     period=period, distributor=report.distributor or "—"), t=t, page=page)

