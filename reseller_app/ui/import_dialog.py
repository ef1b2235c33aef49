"""Import orders from a CSV file: choose the file, map its columns, watch it run, see the result.

The import runs in the thread pool; Cancel sets a flag that ``ImportService.import_csv`` polls.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reseller_app.services.dto import ImportReport, RowError
from reseller_app.services.errors import ServiceError
from reseller_app.services.imports import DateOrderNeeded
from reseller_app.ui import options
from reseller_app.ui.backend import Backend
from reseller_app.ui.field_errors import FieldError
from reseller_app.ui.labels import number_text, sales_model_label
from reseller_app.ui.orders_view import compact_combo
from reseller_app.ui.paged_model import Column, PagedTableModel, list_source
from reseller_app.ui.term_combo import TermCombo
from reseller_app.ui.typography import heading, note, paragraph
from reseller_app.ui.work_pages import progress_page, read_only_table, result_page
from reseller_app.ui.workers import Job, error_message

FILE_PAGE, MAPPING_PAGE, PROGRESS_PAGE, RESULT_PAGE = range(4)
OPTION_CHARS = 28  # the file options' combos: about this many characters wide


@dataclass(frozen=True)
class MappingField:
    key: str
    label: str
    required: bool = False


def import_fields(service: Any) -> list[MappingField]:
    """The order fields a CSV column can fill, as ``ImportService.fields`` lists them."""
    return [MappingField(f.key, f.label, bool(getattr(f, "required", False)))
            for f in getattr(service, "fields", ())]


class ImportDialog(QDialog):
    imported = Signal(object)  # ImportReport

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        # The pack first: one edited in the database (PackTampered) is refused in words
        # before a half-built window is left behind.
        _ = backend.pack
        super().__init__(parent)
        self.backend = backend
        self.setWindowTitle(self.tr("Import orders from CSV"))
        self.resize(720, 560)
        self._headers: list[str] = []
        self._combos: dict[str, QComboBox] = {}
        self._fields: list[MappingField] = []
        self._job: Job | None = None
        self.report: ImportReport | None = None

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._progress_page())
        self.pages.addWidget(self._result_page())

        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.next_button = QPushButton(self.tr("&Next >"), self)
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        self.back_button.clicked.connect(lambda: self._go(FILE_PAGE))
        self.next_button.clicked.connect(self._next)
        self.cancel_button.clicked.connect(self.reject)
        self._go(FILE_PAGE)

    # -- pages -------------------------------------------------------------------------------
    def _file_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Choose the CSV file"), page))
        layout.addWidget(paragraph(self.tr(
            "One row per order line, with a header row. Rows with the same order reference "
            "make one order. Every imported order is screened, and risky ones are put on hold "
            "as if you had typed them in."), page))
        row = QHBoxLayout()
        label = QLabel(self.tr("&File:"), page)
        self.path = QLineEdit(page)
        self.path.setAccessibleName(self.tr("CSV file"))
        label.setBuddy(self.path)
        self.browse = QPushButton(self.tr("&Browse…"), page)
        row.addWidget(label)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)
        self.file_error = FieldError(page)
        layout.addWidget(self.file_error)
        layout.addStretch(1)
        self.browse.clicked.connect(self._browse)
        self.path.returnPressed.connect(self._next)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(self.tr("Match the columns"), page))
        layout.addWidget(paragraph(self.tr(
            "For each piece of order information, choose the column of your file that holds "
            "it. The app remembers your choice for next time."), page))
        self.preset_note = note("", page)
        self.preset_note.setVisible(False)
        layout.addWidget(self.preset_note)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        self._mapping_body = QWidget(scroll)
        self._mapping_form = QFormLayout(self._mapping_body)
        scroll.setWidget(self._mapping_body)
        layout.addWidget(scroll, 1)
        self.mapping_error = FieldError(page)
        layout.addWidget(self.mapping_error)
        layout.addLayout(self._file_options(page))
        return page

    def _file_options(self, page: QWidget) -> QFormLayout:
        """What the file itself cannot say: how to read 02/11/2026, the type of customers a
        shop's export does not give, and how its orders were sold."""
        form = QFormLayout()
        self.date_order = QComboBox(page)
        self.date_order.addItem(self.tr("As the file's dates show"), "")
        self.date_order.addItem(self.tr("Day first (11/02/2026 is 11 February)"), "dmy")
        self.date_order.addItem(self.tr("Month first (02/11/2026 is 11 February)"), "mdy")
        date_label = QLabel(self.tr("&Date order:"), page)
        date_label.setBuddy(self.date_order)
        self.date_order.setAccessibleName(self.tr("Date order"))
        form.addRow(date_label, self.date_order)
        self.date_order_error = FieldError(page)
        form.addRow(self.date_order_error)
        self.customer_type = TermCombo(self.backend.pack.vocabulary.customer_types, page,
                                       none_text=self.tr("Not given (the screening asks)"),
                                       show_levels=True)
        type_label = QLabel(self.tr("Customer &type where the file gives none:"), page)
        type_label.setBuddy(self.customer_type)
        self.customer_type.setAccessibleName(self.tr("Default customer type"))
        self.customer_type.setToolTip(self.tr(
            "For a shop's export, which has no customer type: for instance “Individual” for a "
            "shop that sells to consumers. Customers in your catalog keep their own type."))
        form.addRow(type_label, self.customer_type)
        self.customer_type.set_term_id(self.backend.imports.remembered_customer_type())
        # A webshop's orders are self-service whatever the company usually does: the pack
        # holds risky self-service orders sooner, for a salesperson to look at.
        self.sales_model = QComboBox(page)
        self.sales_model.addItem("", "")  # the company's usual one, named below
        for model in ("self_service", "assisted"):
            self.sales_model.addItem(sales_model_label(model), model)
        model_label = QLabel(self.tr("&Sales model of these orders:"), page)
        model_label.setBuddy(self.sales_model)
        self.sales_model.setAccessibleName(self.tr("Sales model of these orders"))
        self.sales_model.setToolTip(self.tr(
            "How the orders were sold where a row of the file does not say. A webshop's orders "
            "are self-service: the criteria pack puts them on hold at a lower risk, for a "
            "salesperson to talk to the customer first. A row that gives its sales model keeps "
            "it."))
        form.addRow(model_label, self.sales_model)
        self._preselect_sales_model(None)
        # Long choices are cut in the field, whole in the list: sized to their longest text,
        # the combos made the dialog wider than the screen in a longer language.
        for combo in (self.date_order, self.customer_type, self.sales_model):
            compact_combo(combo, OPTION_CHARS)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        return form

    def _preselect_sales_model(self, shop_model: str | None) -> None:
        """The company's usual sales model, named; a recognised shop's export preselects the
        shop's (a webshop's orders are self-service)."""
        usual = sales_model_label(str(self.backend.imports.default_sales_model()))
        self.sales_model.setItemText(0, self.tr("As the company usually sells: {0}").format(
            usual))
        self.sales_model.setCurrentIndex(max(self.sales_model.findData(shop_model or ""), 0))

    def _progress_page(self) -> QWidget:
        progress = progress_page(self, self.tr("Importing and screening…"),
                                 self.tr("Starting…"), self.tr("Import progress"),
                                 self.tr("You can cancel at any time."))
        self.progress_label, self.progress = progress.label, progress.bar
        return progress.page

    def _result_page(self) -> QWidget:
        result = result_page(self)
        page, layout = result.page, result.layout
        self.result_title, self.result_text = result.title, result.text
        self.result_error = result.error
        self.errors_title = paragraph(self.tr("Rows that were not imported:"), page, bold=True)
        layout.addWidget(self.errors_title)
        self.errors_model = PagedTableModel((
            Column(self.tr("Row"), lambda e: str(e.row)),
            Column(self.tr("Why"), lambda e: e.reason, tooltip=lambda e: e.reason),
        ), page)
        self.errors_view = read_only_table(page, self.errors_model,
                                           self.tr("Rows that were not imported"))
        layout.addWidget(self.errors_view, 1)
        self.errors_hint = note(self.tr(
            "Correct these rows in the file and import it again. Orders that were imported "
            "already are recognised by their reference and not imported twice."), page)
        layout.addWidget(self.errors_hint)
        # Without the list of bad rows, the result stays together at the top of the page.
        layout.addStretch(0)
        return page

    # -- navigation --------------------------------------------------------------------------
    def _go(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.back_button.setVisible(page == MAPPING_PAGE)
        self.next_button.setVisible(page in (FILE_PAGE, MAPPING_PAGE))
        self.next_button.setText(self.tr("&Import") if page == MAPPING_PAGE
                                 else self.tr("&Next >"))
        self.cancel_button.setText(self.tr("Close") if page == RESULT_PAGE else self.tr("Cancel"))
        self.cancel_button.setEnabled(True)
        if page == FILE_PAGE:
            self.path.setFocus()

    def current_page(self) -> int:
        return self.pages.currentIndex()

    def _browse(self) -> None:
        start = options.IMPORT_FOLDER.last_folder()
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a CSV file"), start,
                                              self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            options.IMPORT_FOLDER.remember(path)
            self.path.setText(path)

    def _next(self) -> None:
        if self.current_page() == FILE_PAGE:
            self.choose_file(self.path.text().strip())
        elif self.current_page() == MAPPING_PAGE:
            self.start_import()

    def choose_file(self, path: str) -> bool:
        self.path.setText(path)
        self.file_error.clear()
        if not path:
            self.file_error.show_message(self.tr("Choose a CSV file first."))
            return False
        if not Path(path).is_file():
            self.file_error.show_message(self.tr("There is no file at this path."))
            return False
        try:
            headers = self.backend.imports.read_headers(Path(path))
            suggested = self.backend.imports.suggest_mapping(headers)
        except ServiceError as exc:
            self.file_error.show_message(error_message(exc))
            return False
        except (OSError, UnicodeDecodeError) as exc:
            self.file_error.show_message(self.tr("The file cannot be read: {0}").format(exc))
            return False
        if not headers:
            self.file_error.show_message(self.tr("The file is empty or has no header row."))
            return False
        self._build_mapping(headers, dict(suggested))
        preset = self.backend.imports.preset_for(headers)
        shop = preset.name if preset is not None and preset.detect else ""
        self.preset_note.setText(self.tr(
            "Recognised as an order export from {0}: its columns are matched below. Check "
            "them before importing.").format(shop) if shop else "")
        self.preset_note.setVisible(bool(shop))
        self._preselect_sales_model(preset.sales_model if shop and preset is not None else None)
        self._go(MAPPING_PAGE)
        return True

    def _build_mapping(self, headers: list[str], mapping: dict[str, str]) -> None:
        self._headers = list(headers)
        while self._mapping_form.rowCount():
            self._mapping_form.removeRow(0)
        self._combos = {}
        self._fields = import_fields(self.backend.imports)
        for field in self._fields:
            combo = QComboBox(self._mapping_body)
            combo.addItem(self.tr("(not in the file)"), "")
            for header in headers:
                combo.addItem(header, header)
            index = combo.findData(mapping.get(field.key, ""))
            combo.setCurrentIndex(max(index, 0))
            # Field labels come from the domain, which marks them for translation.
            text = QCoreApplication.translate("Services", field.label)
            if field.required:
                text = self.tr("{0} (required)").format(text)
            label = QLabel(text + ":", self._mapping_body)
            label.setBuddy(combo)
            combo.setAccessibleName(text)
            self._mapping_form.addRow(label, combo)
            self._combos[field.key] = combo

    def mapping(self) -> dict[str, str]:
        return {field: str(combo.currentData()) for field, combo in self._combos.items()
                if combo.currentData()}

    def set_mapping(self, field: str, header: str) -> None:
        combo = self._combos[field]
        combo.setCurrentIndex(max(combo.findData(header), 0))

    # -- running -----------------------------------------------------------------------------
    def start_import(self) -> None:
        mapping = self.mapping()
        self.mapping_error.clear()
        missing = [f for f in self._fields if f.required and f.key not in mapping]
        if missing:
            label = QCoreApplication.translate("Services", missing[0].label)
            self.mapping_error.show_message(self.tr(
                "Choose the column for “{0}”: it is needed.").format(label))
            self._combos[missing[0].key].setFocus()
            return
        if not mapping:
            self.mapping_error.show_message(self.tr("Match at least one column."))
            return
        path = Path(self.path.text().strip())
        imports = self.backend.imports
        date_order = str(self.date_order.currentData() or "") or None
        customer_type = self.customer_type.term_id()
        sales_model = str(self.sales_model.currentData() or "") or None
        self.date_order_error.clear()

        def work(progress: Any, is_cancelled: Any) -> ImportReport | DateOrderNeeded:
            try:
                return imports.import_csv(path, mapping, progress=progress,
                                          is_cancelled=is_cancelled, date_order=date_order,
                                          customer_type=customer_type,
                                          sales_model=sales_model)
            except DateOrderNeeded as exc:  # a question for the user, not a failure
                return exc

        self._job = Job(work)
        self._job.signals.progress.connect(self._progress)
        self._job.signals.finished.connect(self._finished)
        self._job.signals.failed.connect(self._failed)
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("Reading the file…"))
        self._go(PROGRESS_PAGE)
        self.cancel_button.setFocus()
        self._job.start()

    def running(self) -> bool:
        return self._job is not None

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            self.progress_label.setText(self.tr("{0} of {1} rows").format(number_text(done),
                                                                          number_text(total)))
        else:
            self.progress_label.setText(self.tr("{0} rows").format(number_text(done)))

    def _finished(self, report: ImportReport | DateOrderNeeded) -> None:
        self._job = None
        if isinstance(report, DateOrderNeeded):
            # Nothing was imported: ask how the dates read, then the user imports again.
            self._go(MAPPING_PAGE)
            self.date_order_error.show_message(self.tr(
                "The dates in this file can be read two ways: {0} is day first or month "
                "first, and no date in the file tells which. Choose the date order, then "
                "import again.").format(report.example))
            self.date_order.setFocus()
            return
        self.report = report
        self._show_report(report)
        self.imported.emit(report)

    def _failed(self, message: str) -> None:
        self._job = None
        # A file is imported completely or not at all: the reason is the whole story.
        self.result_title.setText(self.tr("Nothing was imported"))
        self.result_text.setText("")
        self.result_text.setVisible(False)
        self.result_error.show_message(message)
        self._show_errors([])
        self._go(RESULT_PAGE)

    def _show_report(self, report: ImportReport) -> None:
        self.result_error.clear()
        self.result_text.setVisible(True)
        if report.cancelled:
            self.result_title.setText(self.tr("Import cancelled"))
            self.result_text.setText(self.tr(
                "Nothing was imported: a file is imported completely or not at all. You can "
                "import it again at any time."))
            self._show_errors([])
            self._go(RESULT_PAGE)
            return
        n = report.imported
        if n == 0 and not report.errors and report.already_imported:
            self.result_title.setText(self.tr("Nothing new to import"))
            self.result_text.setText(" ".join(self._already_text(report)))
            self._show_errors([])
            self._go(RESULT_PAGE)
            return
        if n == 0 and not report.errors:
            self.result_title.setText(self.tr("Nothing to import"))
            self.result_text.setText(self.tr(
                "The file holds no order rows, only its header (or empty lines), so nothing was "
                "imported. Check that you chose the right file, or export the orders again."))
            self._show_errors([])
            self._go(RESULT_PAGE)
            return
        if n == 0:
            self.result_title.setText(self.tr("Nothing imported"))
            parts = [self.tr("No order was imported: none of the rows could be used.")]
        else:
            self.result_title.setText(self.tr("Import finished"))
            parts = [self.tr("1 order imported and screened.") if n == 1 else
                     self.tr("{0} orders imported and screened.").format(number_text(n))]
        if report.held or report.blocked:
            parts.append(self.tr("{0} on hold and {1} blocked: they wait for a decision in "
                                 "the orders list.").format(number_text(report.held),
                                                            number_text(report.blocked)))
        if report.errors:
            parts.append(self.tr("1 row could not be imported (listed below).")
                         if len(report.errors) == 1 else
                         self.tr("{0} rows could not be imported (listed below).").format(
                             number_text(len(report.errors))))
        parts.extend(self._already_text(report))
        self.result_text.setText(" ".join(parts))
        self._show_errors(report.errors)
        self._go(RESULT_PAGE)

    def _already_text(self, report: ImportReport) -> list[str]:
        """One sentence for the rows of orders imported before (a file imported again), below
        the errors that need the user: listing each would bury them."""
        n = report.already_imported
        if not n:
            return []
        return [self.tr("1 row was already imported.") if n == 1 else
                self.tr("{0} rows were already imported.").format(number_text(n))]

    def _show_errors(self, errors: list[RowError]) -> None:
        self.errors_model.set_source(*list_source(sorted(errors, key=lambda e: e.row)))
        for widget in (self.errors_title, self.errors_view, self.errors_hint):
            widget.setVisible(bool(errors))

    def cancel_import(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.progress_label.setText(self.tr("Stopping…"))
            self.cancel_button.setEnabled(False)

    def reject(self) -> None:
        if self._job is not None:
            self.cancel_import()  # the result page follows when the service has stopped
            return
        super().reject()
