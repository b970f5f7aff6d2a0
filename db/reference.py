"""Reference data and database-side guards that the migrations install.

The municipalities come from resources/municipalities.csv (official codes, checked against public
registers). They are upserted, so a migration that ships a corrected CSV only has to call this again.
"""

from __future__ import annotations

import csv
import io
from importlib import resources

from sqlalchemy import Connection, column, select, table

from app.domain.calendar import DEFAULT_ANNUAL_CLOSURES

# Plain table clauses, not the ORM models: a migration must keep working when the models move on.
MUNICIPALITIES = table(
    "municipalities", column("code"), column("name"), column("cluster"), column("hospital_unit")
)
ANNUAL_CLOSURES = table(
    "annual_closures", column("month"), column("day"), column("reason"), column("enabled")
)


def load_municipalities() -> list[dict[str, str]]:
    text = resources.files("resources").joinpath("municipalities.csv").read_text(encoding="utf-8")
    return [
        {
            "code": row["municipality_code"],
            "name": row["name"],
            "cluster": row["cluster"],
            "hospital_unit": row["hospital_unit"],
        }
        for row in csv.DictReader(io.StringIO(text))
    ]


def upsert_reference_data(connection: Connection) -> None:
    """Insert or update the 19 municipalities; add the default annual closure days once."""
    municipalities = MUNICIPALITIES
    existing = set(connection.scalars(select(municipalities.c.code)))
    for row in load_municipalities():
        if row["code"] in existing:
            connection.execute(
                municipalities.update().where(municipalities.c.code == row["code"]).values(**row)
            )
        else:
            connection.execute(municipalities.insert().values(**row))
    closures = ANNUAL_CLOSURES
    present = {(m, d) for m, d in connection.execute(select(closures.c.month, closures.c.day))}
    for closure in DEFAULT_ANNUAL_CLOSURES:
        if (closure.month, closure.day) not in present:
            connection.execute(
                closures.insert().values(
                    month=closure.month, day=closure.day, reason=closure.reason, enabled=True
                )
            )


def install_audit_guard(connection: Connection) -> None:
    """Make audit_log append-only in the database itself, not only by convention in the code."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(
            "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$ "
            "BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$ LANGUAGE plpgsql"
        )
        connection.exec_driver_sql(
            "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"
        )
        return
    for event in ("UPDATE", "DELETE"):
        connection.exec_driver_sql(
            f"CREATE TRIGGER audit_log_no_{event.lower()} BEFORE {event} ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
        )
