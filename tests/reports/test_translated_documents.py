"""Documents in the user's language, built through the services as the app builds them and read
back with pypdf: the words and the dates and money are Spanish (or German), while the packet's
JSON, read by machines, keeps its shape."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import jsonschema
from pypdf import PdfReader

from reseller_app.services.answers import AnswerService
from reseller_app.services.dto import MisuseDraft
from reseller_app.services.escalation import EscalationService
from reseller_app.services.evidence import EvidenceService
from reseller_app.services.followups import FollowUpService
from reseller_app.services.misuse import MisuseService
from reseller_app.services.orders import OrderService
from tests.services.test_answers import decision, raw, sent
from tests.services.test_escalation import build, held_order

REPO = Path(__file__).resolve().parents[2]


def read(data: bytes) -> tuple[PdfReader, str]:
    """The PDF and its text on one line, every run of spaces, line breaks and no-break spaces
    (CLDR's amounts hold them) as one space."""
    reader = PdfReader(io.BytesIO(data))
    return reader, " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def shape(value: Any) -> Any:
    """The keys and kinds of a JSON value, without the values."""
    if isinstance(value, dict):
        return {k: shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [shape(v) for v in value]
    return type(value).__name__


def test_a_spanish_user_gets_a_spanish_packet_pdf_and_the_same_json(configured, catalog):
    order_id = held_order(configured, catalog)
    english = build(configured, order_id)
    configured.language = "es"
    spanish = build(configured, order_id)
    service = EscalationService(configured)

    reader, text = read(service.pdf(spanish.id))
    for words in ("Escalado del pedido SO-2001", "Id. del expediente: " + spanish.id,
                  "Evaluación: nivel de riesgo Alto, pedido retenido", "Aviso",
                  "Respuestas a la lista de comprobación", "Nuestra recomendación",
                  "Aprobar la venta con las condiciones indicadas abajo",
                  "Fecha del pedido: 2 de noviembre de 2026",
                  "Fecha: 5 de noviembre de 2026, 9:00 UTC", "5 nov 2026",  # (header)
                  "Total: 12.400,00 €", "310,00 €", "Modelo de venta: venta asistida",
                  "No (señal de riesgo)", "Página 1 de 2",
                  # data stays as it was given
                  "Policía Regional", "Traffic monitoring at city junctions", "CAM-4K"):
        assert words in text, (words, text)
    for english_words in ("Escalation of order", "Page 1 of", "Checklist answers",
                          "Order date", "2026-11-02"):
        assert english_words not in text, english_words
    assert reader.trailer["/Root"]["/Lang"] == "es"

    english_text = read(service.pdf(english.id))[1]
    assert "Escalation of order SO-2001" in english_text and "Total: €12,400.00" in english_text

    # The JSON is for machines: the same keys in every language, and still valid.
    en_json = json.loads(service.file(english.id, english.json_name))
    es_json = json.loads(service.file(spanish.id, spanish.json_name))
    assert shape(es_json) == shape(en_json)
    assert es_json["screening"]["tier"] == "high" and es_json["order"]["total"] == \
        en_json["order"]["total"]
    schema = json.loads((REPO / "resources/schemas/escalation-packet-v1.schema.json")
                        .read_text(encoding="utf-8"))
    jsonschema.validate(es_json, schema)


def test_the_evidence_summary_speaks_spanish(configured, catalog, tmp_path):
    packet = sent(configured, build(configured, held_order(configured, catalog)))
    AnswerService(configured).import_file(raw(decision(packet)))
    configured.language = "es"
    report = EvidenceService(configured).bundle(dt.date(2026, 11, 1), dt.date(2026, 11, 30),
                                                tmp_path)
    with zipfile.ZipFile(report.path) as zf:
        _, text = read(zf.read("summary.pdf"))
        packets = json.loads(zf.read("packets.json"))
    for words in ("Evidencias de diligencia debida, del 1 de noviembre de 2026 al 30 de "
                  "noviembre de 2026",
                  "Íntegro:", "Expedientes enviados al distribuidor",
                  "Respuestas del distribuidor", "aprobado con condiciones", "escalado",
                  "4 nov 2026", "TD-2026-118", "Dana Ruiz", "del 1 nov 2026 al 30 nov 2026"):
        assert words in text, (words, text)
    assert "Evidence of due diligence" not in text
    assert packets[0]["kind"] == "escalation"  # the records keep their codes


def test_the_misuse_report_and_the_guidance_follow_the_language(configured, catalog):
    order = OrderService(configured).save(catalog.camera_order())
    configured.language = "de"
    packet = MisuseService(configured).report(MisuseDraft(
        what_seen="Kameras zeigen auf den Eingang einer Journalistengewerkschaft.",
        seen_on=dt.date(2026, 11, 1), order_id=order.id))
    _, text = read(EscalationService(configured).files(packet.id)[packet.pdf_name])
    for words in ("Meldung eines möglichen Missbrauchs", "Wann: 1. November 2026",
                  "Betreff: Auftrag SO-2001", "Keine Dateien angehängt.", "Seite 1 von 1"):
        assert words in text, (words, text)
    _, text = read(FollowUpService(configured).guidance_pdf(order.id))
    assert "Für Policía Regional, Auftrag SO-2001" in text and "5. November 2026" in text
