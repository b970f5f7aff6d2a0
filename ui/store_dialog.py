"""Choose the store: this computer's file (one click) or the shared PostgreSQL server.

Opening runs on the worker. A failure shows the one-line message in the dialog and keeps every field
as typed. The server password goes to the OS keyring only after the server accepted it; without a
real keyring it is used for this run only and the user is told so in one line, never written to a file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import StoreUnavailable
from ui.backend import Backend
from ui.error_details import ErrorDetails
from ui.errors import error_details, user_message
from ui.settings import DEFAULT_PORT, KEYRING_SERVICE, LOCAL, SERVER, StoreChoice
from ui.worker import Worker

if TYPE_CHECKING:
    from app.services.context import Context

ERROR_STYLE = "color: #b3261e;"


@dataclass(frozen=True)
class Opened:
    context: Context
    choice: StoreChoice
    note: str  # one line for the status bar (no keyring), or ""


def open_choice(backend: Backend, choice: StoreChoice, typed_password: str, no_keyring: str) -> Opened:
    """Runs on the worker: open the store; keep a typed password in the keyring once it worked."""
    if not choice.is_server:
        return Opened(backend.open_store(None), choice, "")
    password = typed_password or _stored_password(backend, choice)
    context = backend.open_store(choice.url(password))
    note = ""
    if typed_password:
        try:
            backend.secrets().put(KEYRING_SERVICE, choice.keyring_account, typed_password)
        except StoreUnavailable:
            note = no_keyring
    return Opened(context, choice, note)


def _stored_password(backend: Backend, choice: StoreChoice) -> str | None:
    try:
        return backend.secrets().get(KEYRING_SERVICE, choice.keyring_account)
    except StoreUnavailable:
        return None  # no keyring: the server may still trust this machine


class StoreDialog(QDialog):
    """Emits `opened` with an `Opened` and closes, or shows why the store could not be opened."""

    opened = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        backend: Backend,
        worker: Worker,
        choice: StoreChoice | None = None,
        message: str = "",
        parent: QWidget | None = None,
        details: str = "",  # what the driver said behind `message`, behind "Vis detaljer"
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self._worker = worker
        self.setWindowTitle(self.tr("Choose the database"))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        intro = QLabel(self.tr("Where are the bookings kept?"))
        self.local_button = QRadioButton(self.tr("On this computer (a local file)"))
        self.server_button = QRadioButton(self.tr("On a shared server (PostgreSQL)"))
        kinds = QButtonGroup(self)
        kinds.addButton(self.local_button)
        kinds.addButton(self.server_button)

        self.host = QLineEdit()
        self.host.setPlaceholderText("bua-db.rm.dk")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit("bua")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system keyring"))
        self.tls = QComboBox()
        # the longest choice would widen the whole dialog; the open list shows it in full
        self.tls.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.tls.setMinimumContentsLength(24)
        self.tls.addItem(self.tr("Encrypted and verified (recommended)"), "")
        self.tls.addItem(self.tr("Encrypted, not verified"), "require")
        self.tls.addItem(self.tr("Not encrypted (this computer only)"), "disable")
        self.tls.setToolTip(
            self.tr(
                "Verified: the server must show a certificate from a trusted authority for its own name "
                "(sslmode verify-full), so nobody in between can read or change the traffic."
            )
        )
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("the system's trusted certificates"))
        form = QFormLayout()
        form.addRow(self.tr("Server address:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User name:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Connection:"), self.tls)
        form.addRow(self.tr("CA certificate file:"), self.ca_file)
        self.server_box = QGroupBox()
        self.server_box.setLayout(form)
        self.server_button.toggled.connect(self.server_box.setEnabled)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # server messages may contain "<"
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = ErrorDetails()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = self.buttons.addButton(self.tr("Open"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.open_button.setDefault(True)  # Enter opens
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.local_button)
        layout.addWidget(self.server_button)
        layout.addWidget(self.server_box)
        layout.addWidget(self.status)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

        self.fill(choice or StoreChoice())
        self.show_message(message, failed=bool(message), details=details)

    def fill(self, choice: StoreChoice) -> None:
        (self.server_button if choice.is_server else self.local_button).setChecked(True)
        self.server_box.setEnabled(choice.is_server)
        if choice.is_server:
            self.host.setText(choice.host)
            self.port.setValue(choice.port)
            self.database.setText(choice.database)
            self.user.setText(choice.user)
            self.tls.setCurrentIndex(max(0, self.tls.findData(choice.tls)))
            self.ca_file.setText(choice.ca_file)

    def choice(self) -> StoreChoice:
        if not self.server_button.isChecked():
            return StoreChoice(LOCAL)
        return StoreChoice(
            SERVER,
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
            self.tls.currentData(),
            self.ca_file.text().strip(),
        )

    def show_message(self, text: str, failed: bool = False, details: str = "") -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if failed else "")
        self.status.setVisible(bool(text))
        self.details.set_details(details)

    def submit(self) -> None:
        choice = self.choice()
        if choice.is_server and not (choice.host and choice.database and choice.user):
            self.show_message(self.tr("Fill in the server address, the database and the user name."), True)
            return
        no_keyring = self.tr(
            "This computer has no keyring, so the password is not saved: type it again at the next start."
        )
        password = self.password.text()
        self._busy(True)
        self.show_message(self.tr("Opening the database …"))
        self._worker.submit(
            lambda: open_choice(self._backend, choice, password, no_keyring), self._succeeded, self._failed
        )

    def _busy(self, busy: bool) -> None:
        for widget in (self.local_button, self.server_button, self.open_button):
            widget.setEnabled(not busy)
        self.server_box.setEnabled(not busy and self.server_button.isChecked())

    def _succeeded(self, opened: Opened) -> None:
        self._busy(False)
        self.password.clear()
        self.opened.emit(opened)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        message = user_message(error)
        self.show_message(message, failed=True, details=error_details(error))
        self.failed.emit(message)
