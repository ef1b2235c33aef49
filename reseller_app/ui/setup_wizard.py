"""First start: the company profile, the senior approver, the distributors, and demo data."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from reseller_app.domain.people import email_problem, name_problem, passphrase_problem
from reseller_app.services.dto import CompanyProfile, CompanySalesModel, CompanySize, Distributor
from reseller_app.services.errors import ServiceError, ValidationError
from reseller_app.ui.backend import Backend
from reseller_app.ui.countries import CountryCombo
from reseller_app.ui.field_errors import FieldError, FieldErrors
from reseller_app.ui.labels import sales_model_label
from reseller_app.ui.typography import note, paragraph
from reseller_app.ui.workers import Job, error_message

COMPANY_PAGE, APPROVER_PAGE, PEOPLE_PAGE, DISTRIBUTOR_PAGE, FINISH_PAGE = range(5)


def _looks_like_email(text: str) -> bool:
    local, _, domain = text.partition("@")
    return bool(local) and "." in domain and " " not in text


class FormPage(QWizardPage):
    """A wizard page with a form whose rows carry their own error line."""

    def __init__(self, title: str, subtitle: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.general_error = FieldError(self)
        self.errors = FieldErrors(self.general_error)

    def add_row(self, text: str, widget: QWidget, *fields: str, hint: str = "") -> None:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        if hint:
            layout.addWidget(note(hint, box))
        error = FieldError(box)
        layout.addWidget(error)
        label = QLabel(text, self)
        label.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.form.addRow(label, box)
        for field in fields:
            self.errors.register(field, error, widget)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.general_error)
        self.layout_.addStretch(1)


class CompanyPage(FormPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Your company"),
            self.tr("Channel Diligence checks each order for the risk that what you sell is "
                    "misused against people's rights. First, a few facts about your company."),
            parent,
        )
        self.name = QLineEdit(self)
        self.country = CountryCombo(self, none_text=self.tr("Choose a country…"))
        self.size = QComboBox(self)
        for size, text in (
            (CompanySize.MICRO, self.tr("Fewer than 10 people")),
            (CompanySize.SMALL, self.tr("10 to 49 people")),
            (CompanySize.MEDIUM, self.tr("50 to 249 people")),
            (CompanySize.LARGE, self.tr("250 people or more")),
        ):
            self.size.addItem(text, size)
        self.sales_model = QComboBox(self)
        for model in CompanySalesModel:
            label = {"assisted": self.tr("Sales-assisted: we talk to every customer"),
                     "self_service": self.tr("Self-service: customers order online"),
                     "both": self.tr("Both")}.get(model, sales_model_label(model))
            self.sales_model.addItem(label, model)
        self.add_row(self.tr("Company na&me:"), self.name, "name", "company_name")
        self.add_row(self.tr("&Country:"), self.country, "country")
        self.add_row(self.tr("Si&ze:"), self.size, "size")
        self.add_row(self.tr("How you &sell:"), self.sales_model, "sales_model", hint=self.tr(
            "Risky orders are never left to self-service: the app holds them for a "
            "conversation with the customer."))
        self.finish_layout()

    def validatePage(self) -> bool:
        self.errors.clear()
        if not self.name.text().strip():
            self.errors.show("name", self.tr("Enter your company's name."))
            return False
        if self.country.code() is None:
            self.errors.show("country", self.tr("Choose the country your company is in."))
            return False
        return True


class ApproverPage(FormPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Senior approver"),
            self.tr("The UN Guiding Principles (principle 16) ask that decisions on high-risk "
                    "sales are approved at the most senior level: name that person here."),
            parent,
        )
        self.name = QLineEdit(self)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("e.g. Managing Director"))
        self.email = QLineEdit(self)
        self.add_row(self.tr("N&ame:"), self.name, "approver_name")
        self.add_row(self.tr("&Job title:"), self.title, "approver_title")
        self.add_row(self.tr("&E-mail (optional):"), self.email, "approver_email")
        self.finish_layout()

    def validatePage(self) -> bool:
        self.errors.clear()
        if not self.name.text().strip():
            self.errors.show("approver_name", self.tr("Enter the senior approver's name."))
            return False
        if not self.title.text().strip():
            self.errors.show("approver_title", self.tr(
                "Enter their job title, e.g. Managing Director."))
            return False
        email = self.email.text().strip()
        if email and not _looks_like_email(email):
            self.errors.show("approver_email", self.tr(
                "This does not look like an e-mail address."))
            return False
        return True


class PeoplePage(FormPage):
    """The administrator and the senior approver as people with passphrases (new databases).

    Optional: without the administrator's passphrase nobody is created and the app works as
    before, under the computer's login. With it, ``SetupWizard.accept`` creates them through
    ``PeopleService.first_setup`` and the administrator is the one working. A one-person
    company leaves "someone else approves" unticked: the administrator may also approve.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("People"),
            self.tr("Recommended: decisions are recorded in each person's name, and the senior "
                    "approver confirms approvals with their own passphrase."),
            parent,
        )
        self.layout_.insertWidget(0, note(self.tr(
            "Leave the passphrase empty to skip this for now."), self))
        self.admin_name = QLineEdit(self)
        self.admin_email = QLineEdit(self)
        self.admin_passphrase = _secret(self)
        self.admin_again = _secret(self)
        self.add_row(self.tr("&Administrator's name:"), self.admin_name, "administrator_name")
        self.add_row(self.tr("Administrator's &e-mail:"), self.admin_email,
                     "administrator_email")
        self.add_row(self.tr("&Passphrase:"), self.admin_passphrase, "administrator_passphrase",
                     hint=self.tr("At least 10 characters; a few words are easy to remember. "
                                  "Nobody can read it later, not even an administrator."))
        self.add_row(self.tr("Passphrase a&gain:"), self.admin_again, "administrator_again")
        self.separate = QCheckBox(self.tr("&Someone else is the senior approver"), self)
        self.form.addRow("", self.separate)
        self.approver_name = QLineEdit(self)
        self.approver_email = QLineEdit(self)
        self.approver_passphrase = _secret(self)
        self.approver_again = _secret(self)
        self.add_row(self.tr("Appro&ver's name:"), self.approver_name, "approver_name")
        self.add_row(self.tr("Approver's e-ma&il:"), self.approver_email, "approver_email")
        self.add_row(self.tr("Approver's passp&hrase:"), self.approver_passphrase,
                     "approver_passphrase")
        self.add_row(self.tr("App&rover's passphrase again:"), self.approver_again,
                     "approver_again")
        self.approver_rows = [self.approver_name, self.approver_email,
                              self.approver_passphrase, self.approver_again]
        self.separate.toggled.connect(self._show_approver)
        self._show_approver(False)
        self.finish_layout()

    def _show_approver(self, shown: bool) -> None:
        for widget in self.approver_rows:
            self.form.setRowVisible(widget.parentWidget(), shown)

    def prefill(self, name: str, email: str) -> None:
        """The senior approver named on the previous page, as the administrator (one person
        in a small company); changed here when someone else administers the app."""
        if not self.admin_name.text():
            self.admin_name.setText(name)
        if not self.admin_email.text():
            self.admin_email.setText(email)

    def wanted(self) -> bool:
        """People are set up when the administrator's passphrase is typed."""
        return bool(self.admin_passphrase.text() or self.admin_again.text())

    def people(self) -> tuple[tuple[str, str, str], tuple[str, str, str] | None]:
        """(name, e-mail, passphrase) of the administrator and of a separate approver."""
        admin = (self.admin_name.text().strip(), self.admin_email.text().strip(),
                 self.admin_passphrase.text())
        approver = (self.approver_name.text().strip(), self.approver_email.text().strip(),
                    self.approver_passphrase.text()) if self.separate.isChecked() else None
        return admin, approver

    def validatePage(self) -> bool:
        self.errors.clear()
        if not self.wanted():
            return True
        groups = [("administrator", self.admin_name, self.admin_email, self.admin_passphrase,
                   self.admin_again)]
        if self.separate.isChecked():
            groups.append(("approver", self.approver_name, self.approver_email,
                           self.approver_passphrase, self.approver_again))
        for who, name, email, passphrase, again in groups:
            problems = [
                (f"{who}_name", name_problem(name.text())),
                (f"{who}_email", email_problem(email.text())),
                (f"{who}_passphrase", passphrase_problem(
                    passphrase.text(), name=name.text(), email=email.text())),
                (f"{who}_again", None if again.text() == passphrase.text() else
                 self.tr("The two passphrases differ: type the same one twice.")),
            ]
            for field, problem in problems:
                if problem:
                    self.errors.show(field, problem)
                    return False
        return True


def _secret(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class DistributorRow(QWidget):
    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Distributor name"))
        self.email = QLineEdit(self)
        self.email.setPlaceholderText(self.tr("Escalation e-mail"))
        self.contact = QLineEdit(self)
        self.contact.setPlaceholderText(self.tr("Contact person (optional)"))
        self.remove = QPushButton(self.tr("Remove"), self)
        for widget, text in ((self.name, self.tr("Distributor {0} name")),
                             (self.email, self.tr("Distributor {0} escalation e-mail")),
                             (self.contact, self.tr("Distributor {0} contact person")),
                             (self.remove, self.tr("Remove distributor {0}"))):
            widget.setAccessibleName(text.format(number))
        self.error = FieldError(self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.name, 0, 0)
        grid.addWidget(self.email, 0, 1)
        grid.addWidget(self.contact, 0, 2)
        grid.addWidget(self.remove, 0, 3)
        grid.addWidget(self.error, 1, 0, 1, 4)
        for column in range(3):
            grid.setColumnStretch(column, 1)

    def distributor(self) -> Distributor:
        return Distributor(self.name.text().strip(), self.email.text().strip(),
                           self.contact.text().strip())

    def is_empty(self) -> bool:
        d = self.distributor()
        return not (d.name or d.email or d.contact_name)


class DistributorPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Distributors"))
        self.setSubTitle(self.tr(
            "When an order is too risky to decide alone, you escalate it to your distributor. "
            "Add at least one, with the e-mail address for such questions."))
        self.rows: list[DistributorRow] = []
        self._rows_box = QVBoxLayout()
        self.add_button = QPushButton(self.tr("&Add another distributor"), self)
        self.error = FieldError(self)
        # Column headings, so a field stays labelled once its placeholder is typed over; their
        # mnemonics go to the first row.
        self.headings = QGridLayout()
        self.headings.setContentsMargins(0, 0, 0, 0)
        self.heading_labels = [QLabel(text, self) for text in (
            self.tr("Na&me"), self.tr("Escalation &e-mail"),
            self.tr("C&ontact person (optional)"))]
        for column, label in enumerate(self.heading_labels):
            self.headings.addWidget(label, 0, column)
            self.headings.setColumnStretch(column, 1)
        # As wide as a row's Remove button, so the headings sit over their fields.
        self.headings.setColumnMinimumWidth(
            3, QPushButton(self.tr("Remove")).sizeHint().width())
        layout = QVBoxLayout(self)
        layout.addLayout(self.headings)
        layout.addLayout(self._rows_box)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.add_row()

    def add_row(self, distributor: Distributor | None = None) -> DistributorRow:
        row = DistributorRow(len(self.rows) + 1, self)
        if distributor is not None:
            row.name.setText(distributor.name)
            row.email.setText(distributor.email)
            row.contact.setText(distributor.contact_name)
        row.remove.clicked.connect(lambda: self.remove_row(row))
        self.rows.append(row)
        self._rows_box.addWidget(row)
        self._update_remove_buttons()
        self._update_keyboard()
        row.name.setFocus()
        return row

    def remove_row(self, row: DistributorRow) -> None:
        if len(self.rows) <= 1:
            return
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self._update_remove_buttons()
        self._update_keyboard()

    def _update_keyboard(self) -> None:
        """Headings point at the first row; Tab goes row by row, then to "Add another"."""
        first = self.rows[0]
        for label, widget in zip(self.heading_labels, (first.name, first.email, first.contact),
                                 strict=True):
            label.setBuddy(widget)
        chain = [w for row in self.rows for w in (row.name, row.email, row.contact, row.remove)]
        chain.append(self.add_button)
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

    def _update_remove_buttons(self) -> None:
        for row in self.rows:
            row.remove.setEnabled(len(self.rows) > 1)

    def distributors(self) -> list[Distributor]:
        return [row.distributor() for row in self.rows if not row.is_empty()]

    def show_error(self, field: str, message: str) -> None:
        """``distributors[1].email`` goes to row 2; anything else under the list."""
        index = None
        if field.startswith("distributors[") and "]" in field:
            try:
                index = int(field[len("distributors["):field.index("]")])
            except ValueError:
                index = None
        filled = [r for r in self.rows if not r.is_empty()]
        if index is not None and 0 <= index < len(filled):
            filled[index].error.show_message(message)
            target = filled[index].email if field.endswith("email") else filled[index].name
            target.setFocus()
        else:
            self.error.show_message(message)

    def clear_errors(self) -> None:
        self.error.clear()
        for row in self.rows:
            row.error.clear()

    def validatePage(self) -> bool:
        self.clear_errors()
        filled = [r for r in self.rows if not r.is_empty()]
        if not filled:
            self.error.show_message(self.tr("Add at least one distributor."))
            self.rows[0].name.setFocus()
            return False
        for i, row in enumerate(filled):
            d = row.distributor()
            if not d.name:
                self.show_error(f"distributors[{i}].name", self.tr("Enter the distributor's "
                                                                  "name."))
                return False
            if not d.email:
                self.show_error(f"distributors[{i}].email", self.tr(
                    "Enter the e-mail address for escalations, e.g. compliance@distributor.com."))
                return False
            if not _looks_like_email(d.email):
                self.show_error(f"distributors[{i}].email", self.tr(
                    "\u201c{0}\u201d is not an e-mail address. Enter one like "
                    "compliance@distributor.com.").format(d.email))
                return False
        return True


class FinishPage(QWizardPage):
    def __init__(self, demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Ready"))
        self.setSubTitle(self.tr("You can change these details later under File > Company "
                                 "profile."))
        self.demo = QCheckBox(self.tr(
            "&Load demo data (sample customers, products and 30+ orders)"), self)
        self.demo.setChecked(demo)
        self.error = FieldError(self)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "Every order you enter or import is screened: the product and what it is for, who "
            "buys and uses it, and where it goes. Each warning says why and what to do. Risky "
            "orders wait for a decision, and every decision is recorded."), self))
        layout.addWidget(self.demo)
        layout.addWidget(note(self.tr(
            "Handy to look around before you enter your own orders."), self))
        layout.addWidget(self.error)
        layout.addStretch(1)


class SetupWizard(QWizard):
    """Saves the profile with ``SetupService.save_profile``; demo data loads in the background."""

    def __init__(self, backend: Backend, *, demo: bool = False,
                 profile: CompanyProfile | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self._job: Job | None = None
        self._progress: QProgressDialog | None = None
        self.demo_loaded = False
        self._profile_saved = False
        # What the first save says when this computer cannot sign (services/setup.py).
        self.signing_note: str | None = None
        self._note_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Set up Channel Diligence") if profile is None
                            else self.tr("Company profile"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.company = CompanyPage(self)
        self.approver = ApproverPage(self)
        self.people = PeoplePage(self)
        self.distributors = DistributorPage(self)
        self.finish = FinishPage(demo, self)
        self._people_saved = False
        self._demo_due = False
        self.setPage(COMPANY_PAGE, self.company)
        self.setPage(APPROVER_PAGE, self.approver)
        if profile is None and not backend.people.is_set_up():  # new databases only
            self.setPage(PEOPLE_PAGE, self.people)
        self.setPage(DISTRIBUTOR_PAGE, self.distributors)
        self.setPage(FINISH_PAGE, self.finish)
        self.resize(720, 560)
        icon = QApplication.windowIcon()
        if not icon.isNull():
            self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon.pixmap(48, 48))
        if profile is not None:
            self._prefill(profile)

    def initializePage(self, page_id: int) -> None:
        super().initializePage(page_id)
        if page_id == PEOPLE_PAGE:
            self.people.prefill(self.approver.name.text().strip(),
                                self.approver.email.text().strip())

    def _prefill(self, profile: CompanyProfile) -> None:
        self.company.name.setText(profile.name)
        self.company.country.set_code(profile.country)
        self.company.size.setCurrentIndex(max(self.company.size.findData(profile.size), 0))
        self.company.sales_model.setCurrentIndex(
            max(self.company.sales_model.findData(profile.sales_model), 0))
        self.approver.name.setText(profile.approver_name)
        self.approver.title.setText(profile.approver_title)
        self.approver.email.setText(profile.approver_email)
        if profile.distributors:
            first = self.distributors.rows[0]
            first.name.setText(profile.distributors[0].name)
            first.email.setText(profile.distributors[0].email)
            first.contact.setText(profile.distributors[0].contact_name)
            for d in profile.distributors[1:]:
                self.distributors.add_row(d)
        self.finish.demo.setChecked(False)
        self.finish.demo.setVisible(False)

    def profile(self) -> CompanyProfile:
        return CompanyProfile(
            name=self.company.name.text().strip(),
            country=self.company.country.code() or "",
            size=CompanySize(self.company.size.currentData()),
            sales_model=CompanySalesModel(self.company.sales_model.currentData()),
            approver_name=self.approver.name.text().strip(),
            approver_title=self.approver.title.text().strip(),
            approver_email=self.approver.email.text().strip(),
            distributors=self.distributors.distributors(),
        )

    # -- finishing -----------------------------------------------------------------------------
    def accept(self) -> None:
        if self._job is not None:
            return
        if not self._profile_saved:
            self.finish.error.clear()
            try:
                self.signing_note = self.backend.setup.save_profile(self.profile())
            except ValidationError as exc:
                self._show_error(exc.field, exc.message)
                return
            except ServiceError as exc:
                self.finish.error.show_message(error_message(exc))
                return
            self._profile_saved = True
            self._demo_due = self.finish.demo.isChecked()
            self.backend.reload_profile()
        if not self._set_up_people():
            return
        self._say_signing_note()
        if self._demo_due:
            self._demo_due = False
            self._load_demo()
            return
        super().accept()

    def _say_signing_note(self) -> None:
        """No keyring here: said once, without stopping the setup, unless the administrator
        set up just now took the key into a file encrypted with their passphrase."""
        if not self.signing_note or self._note_box is not None:
            return
        # late: the key service loads with the setup service, used just before
        from reseller_app.services.company_key import CompanyKeyService

        if CompanyKeyService(self.backend.ctx).current() is not None:
            self.signing_note = None
            return
        self._note_box = QMessageBox(QMessageBox.Icon.Information,
                                     self.tr("Packets will not be signed"),
                                     self.signing_note, parent=self.parentWidget())
        self._note_box.open()

    def _set_up_people(self) -> bool:
        """Create the administrator and the senior approver when the people page asks for
        them; the administrator is then the one working (remembered on this computer).
        False, with the error on the people page, when they could not be created."""
        if self._people_saved or self.page(PEOPLE_PAGE) is None or not self.people.wanted():
            return True
        # Here: the people services and the sign-in load only when people are set up.
        from reseller_app.services.context import WorkingPerson
        from reseller_app.services.people import NewPerson
        from reseller_app.ui.sign_in import remember_person

        (name, email, passphrase), second = self.people.people()
        approver = NewPerson(*second) if second is not None else None
        try:
            created = self.backend.people.first_setup(NewPerson(name, email, passphrase),
                                                      approver)
        except ValidationError as exc:
            while self.currentId() > PEOPLE_PAGE:
                self.back()
            self.people.errors.show(exc.field, exc.message)
            return False
        except ServiceError as exc:
            self.finish.error.show_message(error_message(exc))
            return False
        self._people_saved = True
        admin = created[0]
        self.backend.ctx.person = WorkingPerson(admin.id, admin.name)
        remember_person(self.backend.ctx.db_url, admin.id)
        return True

    def _show_error(self, field: str, message: str) -> None:
        if field.startswith("distributor"):
            page = DISTRIBUTOR_PAGE
        elif field.startswith("approver"):
            page = APPROVER_PAGE
        elif field in {"name", "company_name", "country", "size", "sales_model"}:
            page = COMPANY_PAGE
        else:
            page = FINISH_PAGE
        while self.currentId() > page:
            self.back()
        if page == DISTRIBUTOR_PAGE:
            self.distributors.show_error(field, message)
        elif page == FINISH_PAGE:
            self.finish.error.show_message(message)
        else:
            self.page(page).errors.show(field, message)  # type: ignore[attr-defined]

    def _load_demo(self) -> None:
        backend = self.backend
        self._job = Job(lambda progress, cancelled: backend.load_demo_data(progress))
        progress = QProgressDialog(self.tr("Loading demo customers, products and orders…"),
                                   "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowTitle(self.tr("Demo data"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        self._progress = progress
        self._job.signals.progress.connect(self._demo_progress)
        self._job.signals.finished.connect(self._demo_done)
        self._job.signals.failed.connect(self._demo_failed)
        self._job.start()

    def _demo_progress(self, done: int, total: int) -> None:
        if self._progress is not None and total > 0:
            self._progress.setMaximum(total)
            self._progress.setValue(min(done, total))

    def _close_progress(self) -> None:
        self._job = None
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _demo_done(self, _result: object) -> None:
        self._close_progress()
        self.demo_loaded = True
        super().accept()

    def _demo_failed(self, message: str) -> None:
        self._close_progress()
        self.finish.demo.setEnabled(False)
        self.finish.error.show_message(self.tr(
            "Your profile is saved, but the demo data could not be loaded: {0} Click Finish "
            "to start with an empty database.").format(message))

    def busy(self) -> bool:
        return self._job is not None
