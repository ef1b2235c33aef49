"""Settings, "Tray": keep running in the tray when the window is closed, and start with the
user's session (both off by default).

They belong to the person at this computer, not to the company: "keep in the tray" is kept in
the database for each OS account (``setting`` key ``SettingKey.TRAY``:
``{"<account>": {...}}``), and "start with my session" is the autostart entry on this
computer (``services/autostart.py``), which is read back rather than remembered. So no role
is needed to change them; each change is one audit event all the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from reseller_app.domain.vocabulary import AuditAction, SettingKey
from reseller_app.services.autostart import Autostart
from reseller_app.services.context import AppContext
from reseller_app.store import audit_log, bulk

TRAY_SETTING = SettingKey.TRAY.value


@dataclass(frozen=True)
class TraySettings:
    keep_in_tray: bool = False
    start_with_session: bool = False
    entry: str = ""  # where the autostart entry lives on this computer


class TraySettingsService:
    def __init__(self, ctx: AppContext, *, autostart: Autostart | None = None) -> None:
        self.ctx = ctx
        # The entry starts the database this app runs on (a --db, $CHANNEL_DILIGENCE_DB).
        self.autostart = autostart or Autostart(db_url=ctx.db_url, demo=ctx.demo)

    def _accounts(self) -> dict[str, dict[str, object]]:
        stored = bulk.get_setting(self.ctx, TRAY_SETTING)
        return stored if isinstance(stored, dict) else {}

    def read(self) -> TraySettings:
        mine = self._accounts().get(self.ctx.actor)
        keep = bool(mine.get("keep_in_tray")) if isinstance(mine, dict) else False
        return TraySettings(keep, self.autostart.enabled(), self.autostart.where())

    def save(self, keep_in_tray: bool, start_with_session: bool) -> TraySettings:
        """Write (or remove) the autostart entry, then keep the choice: one audit event. An
        entry that cannot be written raises a ``ValidationError`` and nothing is kept."""
        was_on = self.autostart.enabled()
        if start_with_session != was_on:
            self.autostart.set_enabled(start_with_session)
        accounts = self._accounts()
        accounts[self.ctx.actor] = {"keep_in_tray": bool(keep_in_tray),
                                    "start_with_session": bool(start_with_session)}
        try:
            with self.ctx.write_session() as s:
                bulk.put_setting(s, TRAY_SETTING, accounts)
                s.flush()
                audit_log.append(s, actor=self.ctx.actor, action=AuditAction.SETTINGS_TRAY_SAVED,
                                 entity="setting", entity_id=TRAY_SETTING, at=self.ctx.clock(),
                                 details={"account": self.ctx.actor,
                                          "keep_in_tray": bool(keep_in_tray),
                                          "start_with_session": bool(start_with_session),
                                          "entry": self.autostart.where()})
                s.commit()
        except Exception:
            if start_with_session != was_on:  # the entry follows what was kept
                self.autostart.set_enabled(was_on)
            raise
        return self.read()
