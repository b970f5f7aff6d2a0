"""Tab 4: the booking rules as one form. Checked as a whole before anything is saved.

The services change one rule at a time; the form builds the complete `BookingRules` first (its own
checks refuse impossible values), so a refusal leaves the stored rules untouched, then saves only the
rules that differ from what was loaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.booking import BookingRules
from app.domain.model import Municipality, Profession
from app.errors import InvalidInput
from app.services.admin_view import RulesView, rules_view
from app.services.context import Context
from app.services.rules import set_rule
from ui.admin.widgets import AdminTab, MessageLine
from ui.errors import user_message
from ui.session import RULES, UiSession
from ui.words import profession_name


def rule_text(rules: BookingRules, name: str) -> str:
    """A rule in the text form `set_rule` reads."""
    value = getattr(rules, name)
    if name == "monthly_quota":
        return ",".join(f"{code}={count}" for code, count in sorted(value.items()))
    if name == "eligible_professions":
        return ",".join(p.value for p in value)
    return str(value)


def quota_text(quota: dict[str, int], names: dict[str, str]) -> str:
    """Quotas as the administrator types them: 'Randers=4, Favrskov=6'."""
    return ", ".join(f"{names.get(code, code)}={count}" for code, count in sorted(quota.items()))


def parse_quota(text: str, municipalities: Sequence[Municipality]) -> dict[str, int]:
    """'Randers=4, 751=6' (name or code) into {code: count}; InvalidInput with a Danish line if wrong."""
    by_key = {m.name.casefold(): m.code for m in municipalities} | {m.code: m.code for m in municipalities}
    quota: dict[str, int] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        key, _, count = part.partition("=")
        code = by_key.get(key.strip().casefold())
        if code is None:
            raise InvalidInput(
                QCoreApplication.translate("RulesTab", "Unknown municipality in the quota: {key}.").format(
                    key=key.strip()
                )
            )
        if not count.strip().isdigit():
            raise InvalidInput(
                QCoreApplication.translate(
                    "RulesTab", "Write the quota as municipality=number, e.g. Randers=4."
                )
            )
        quota[code] = int(count)
    return quota


class RulesTab(AdminTab):
    topics = frozenset({RULES})

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._loaded_rules: BookingRules | None = None
        self._municipalities: Sequence[Municipality] = ()
        self.horizon = self._spin(0, 104, self.tr(" weeks"))
        self.lead = self._spin(0, 104, self.tr(" working days"))
        self.cutoff = self._spin(0, 104, self.tr(" working days"))
        self.max_bookings = self._spin(1, 99, self.tr(" bookings"))
        self.quota_edit = QLineEdit()
        self.quota_edit.setPlaceholderText(self.tr("No quota. Example: Randers=4, Favrskov=6"))
        self.profession_boxes: dict[Profession, QCheckBox] = {}
        professions = QVBoxLayout()
        for profession in Profession:
            box = QCheckBox(profession_name(profession))
            self.profession_boxes[profession] = box
            professions.addWidget(box)
        self.save_button = QPushButton(self.tr("Save"))
        self.message = MessageLine()

        form = QFormLayout()
        form.addRow(self.tr("Booking opens:"), self._with_hint(self.horizon, self.tr("ahead of the session")))
        form.addRow(self.tr("Booking closes:"), self._with_hint(self.lead, self.tr("before the session")))
        form.addRow(
            self.tr("Booker can cancel until:"), self._with_hint(self.cutoff, self.tr("before the session"))
        )
        form.addRow(self.tr("Most future bookings per person:"), self._with_hint(self.max_bookings, ""))
        form.addRow(self.tr("Monthly quota per municipality:"), self.quota_edit)
        profession_box = QGroupBox(self.tr("Professions that may book"))
        profession_box.setLayout(professions)
        form.addRow(profession_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(self.message)
        framed = QGroupBox(self.tr("Booking rules"))
        framed.setLayout(form)
        framed.setMaximumWidth(760)
        layout = QVBoxLayout(self)
        layout.addWidget(self.load_error)
        layout.addWidget(framed)
        layout.addStretch(1)

        self.save_button.clicked.connect(self.save)

    @staticmethod
    def _spin(low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setMinimumWidth(150)
        return spin

    @staticmethod
    def _with_hint(field: QWidget, hint: str) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field)
        layout.addWidget(QLabel(hint), 1)
        return row

    def load(self, ctx: Context) -> RulesView:
        return rules_view(ctx)

    def show_data(self, data: RulesView) -> None:
        self._municipalities = data.municipalities
        unsaved = self._loaded_rules is not None and self._form_differs(self._loaded_rules)
        self._loaded_rules = data.rules
        if unsaved:  # another window changed the rules while this one was being edited: keep the typing
            self.message.show_error(self.tr("The rules were changed elsewhere. Saving overwrites them."))
            return
        self._fill(data.rules)

    def _fill(self, rules: BookingRules) -> None:
        self.horizon.setValue(rules.horizon_weeks)
        self.lead.setValue(rules.lead_working_days)
        self.cutoff.setValue(rules.cancel_cutoff_working_days)
        self.max_bookings.setValue(rules.max_future_bookings)
        self.quota_edit.setText(
            quota_text(rules.monthly_quota, {m.code: m.name for m in self._municipalities})
        )
        for profession, box in self.profession_boxes.items():
            box.setChecked(profession in rules.eligible_professions)

    def _form_differs(self, rules: BookingRules) -> bool:
        try:
            return self.form_rules() != rules
        except InvalidInput:
            return True

    def form_rules(self) -> BookingRules:
        """The rules as the form shows them; InvalidInput (one Danish line) when they cannot be."""
        professions = tuple(p for p, box in self.profession_boxes.items() if box.isChecked())
        if not professions:
            raise InvalidInput(self.tr("At least one profession must be able to book."))
        return BookingRules(
            horizon_weeks=self.horizon.value(),
            lead_working_days=self.lead.value(),
            cancel_cutoff_working_days=self.cutoff.value(),
            max_future_bookings=self.max_bookings.value(),
            monthly_quota=parse_quota(self.quota_edit.text(), self._municipalities),
            eligible_professions=professions,
        )

    def save(self) -> None:
        try:
            wanted = self.form_rules()
        except InvalidInput as refusal:
            self.message.show_error(user_message(refusal))
            return
        loaded = self._loaded_rules or BookingRules()
        changed = [
            f.name for f in fields(BookingRules) if rule_text(wanted, f.name) != rule_text(loaded, f.name)
        ]
        if not changed:
            self.message.show_done(self.tr("Nothing to save."))
            return
        actor = self.session.actor

        def store(ctx: Context) -> BookingRules:
            saved = loaded
            for name in changed:
                saved = set_rule(ctx, actor, name, rule_text(wanted, name))
            return saved

        self.save_button.setEnabled(False)
        self.run(store, self._saved, self._refused)

    def _saved(self, rules: BookingRules) -> None:
        self.save_button.setEnabled(True)
        self._loaded_rules = rules
        self._fill(rules)
        self.message.show_done(self.tr("The rules are saved and apply to new bookings from now on."))

    def _refused(self, line: str) -> None:
        self.save_button.setEnabled(True)
        self.message.show_error(line)
