"""Repositories: each receives the unit of work's session (and, where it stamps a time, its clock),
never creates one, and returns frozen read models.

One query style per kind of work:

- Reads: Core `select()` of columns (built from the models' attributes or table columns), each row
  turned into a read model by a small function. No ORM entity is loaded, so nothing sits in the
  identity map or can lazy-load after the unit of work.
- Inserting one row: the ORM (`session.add` and `flush`), which hands back the new id. Many rows:
  one Core `insert()` with a list of values (`SqlSlots.add_many`).
- Upserting one keyed row: the ORM, `session.merge` on its primary key; load-or-add where the key
  is not the primary key (`SqlSkips.put`).
- Changing or deleting existing rows: Core `update()` / `delete()` statements run through the
  session. Their WHERE clause is the concurrency check (a free place, an unchanged version), so a
  row is never loaded first.
- The measured hot paths, the booking transaction and the calendar's week (with what they ask on
  every page: a person by id, the settings, the closure days): `db.prepared.Prepared`, the same
  Core statements compiled once and run on the driver connection (bench/booking_latency.py,
  bench/advisor_week.py).
- Raw SQL `text()` only to call the shared server's own functions (server_security.sql) that return
  rows (`db.repositories.bookings`).

Times the program reads back come from the unit of work's clock, never from the system directly.
On a shared PostgreSQL server the database stamps the audit log itself (`bua_audit`); see audit.py.
"""

from db.repositories.audit import SqlAudit
from db.repositories.calendar import SqlClosures
from db.repositories.locks import lock_rows, row_lock
from db.repositories.municipalities import SqlMunicipalities
from db.repositories.people import SqlContacts, SqlPeople
from db.repositories.series import SqlSeries, SqlSkips
from db.repositories.settings import SqlSettings
from db.repositories.slots import TAKE_PLACE, SqlSlots, slot_list_statement

__all__ = [
    "TAKE_PLACE",
    "SqlAudit",
    "SqlClosures",
    "SqlContacts",
    "SqlMunicipalities",
    "SqlPeople",
    "SqlSeries",
    "SqlSettings",
    "SqlSkips",
    "SqlSlots",
    "lock_rows",
    "row_lock",
    "slot_list_statement",
]
