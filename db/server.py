"""A shared PostgreSQL store, set up by a database administrator: roles, ownership, grants, row-level
security, and the logins people connect with. Clients never run any of this (see the README).

Roles are global to a server, so their names begin with the database's name: `<db>_owner` (NOLOGIN,
owns every object, runs the migrations), and one group per kind of user, `<db>_staff`,
`<db>_advisor`, `<db>_admin`, that a person's login joins. What a group may touch is the coarse
layer (GRANTS); the policies in server_security.sql decide which rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

import psycopg
from sqlalchemy import Connection, Engine, text

from app.errors import InvalidInput, NotFound, StoreUnavailable
from db.migrate import migrate_connection, setup_command

_NAME = re.compile(r"[a-z_][a-z0-9_]{0,50}")
PERSONAL_TABLES = (
    "people",
    "contact_assignments",
    "slot_series",
    "slots",
    "skipped_dates",
    "bookings",
    "case_summaries",
    "case_summary_tombstones",
    "absences",
    "audit_log",
    "settings",
    "annual_closures",
    "closure_dates",
)
_READ_ALL = {table: "SELECT" for table in (*PERSONAL_TABLES, "municipalities") if table != "audit_log"}
# What each group may do to a table at all; row-level security then picks the rows.
GRANTS: dict[str, dict[str, str]] = {
    "staff": {
        **_READ_ALL,
        "bookings": "SELECT, INSERT, UPDATE",
        "case_summaries": "SELECT, INSERT, UPDATE",
        "slots": "SELECT, UPDATE (booked_count)",
    },
    "advisor": {
        **_READ_ALL,
        "bookings": "SELECT, UPDATE",
        "slot_series": "SELECT, INSERT, UPDATE",
        "slots": "SELECT, INSERT, UPDATE, DELETE",
        "skipped_dates": "SELECT, INSERT, UPDATE, DELETE",
        "absences": "SELECT, INSERT",
    },
    "admin": {
        **_READ_ALL,
        "audit_log": "SELECT",
        "people": "SELECT, INSERT, UPDATE",
        "contact_assignments": "SELECT, INSERT, UPDATE, DELETE",
        "annual_closures": "SELECT, INSERT, UPDATE",
        "closure_dates": "SELECT, INSERT, UPDATE, DELETE",
        "settings": "SELECT, INSERT, UPDATE",
        "bookings": "SELECT, UPDATE",
        "slot_series": "SELECT, INSERT, UPDATE",
        "slots": "SELECT, INSERT, UPDATE, DELETE",
        "skipped_dates": "SELECT, INSERT, UPDATE, DELETE",
        "absences": "SELECT, INSERT",
    },
}
GROUP_OF_ROLE = {"municipal_staff": "staff", "advisor": "advisor", "administrator": "admin"}
CLIENT_FUNCTIONS = (
    "bua_audit",
    "bua_count_occupying",
    "bua_fill_from_waitlist",
    "bua_forget_superseded",
    "bua_municipality_bookings",
)


@dataclass(frozen=True)
class Roles:
    """The role names of one store, from its database's name."""

    database: str

    @staticmethod
    def of(connection: Connection) -> Roles:
        name = str(connection.exec_driver_sql("SELECT current_database()").scalar_one())
        if not _NAME.fullmatch(name):
            raise InvalidInput(
                f"Databasens navn '{name}' kan ikke bruges: brug små bogstaver, tal og _ (højst 51 tegn)."
            )
        return Roles(name)

    @staticmethod
    def installed(connection: Connection) -> Roles:
        """The roles set-up gave this store: a database copied or restored under a new name keeps its
        original's until set-up runs on it again."""
        owner = str(
            connection.exec_driver_sql(
                "SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'public'"
            ).scalar_one()
        )
        if not owner.endswith("_owner"):
            raise StoreUnavailable(
                f"Databasen er ikke sat op endnu: kør først '{setup_command(connection.engine.url)}'."
            )
        return Roles(owner.removesuffix("_owner"))

    @property
    def owner(self) -> str:
        return f"{self.database}_owner"

    def group(self, name: str) -> str:
        return f"{self.database}_{name}"

    @property
    def groups(self) -> tuple[str, ...]:
        return tuple(self.group(name) for name in GRANTS)


def setup(engine: Engine) -> Roles:
    """Create or bring up to date everything the store needs on its server; safe to run again."""
    with engine.connect() as connection, connection.begin():
        _require_superuser(connection)
        roles = Roles.of(connection)
        _create_roles(connection, roles)
        _own_everything(connection, roles)
        connection.exec_driver_sql(f'SET LOCAL ROLE "{roles.owner}"')
        migrate_connection(connection)
        _apply_security(connection, roles)
        connection.exec_driver_sql("RESET ROLE")
    return roles


def add_login(engine: Engine, email: str, login: str, password: str | None) -> str:
    """Create (or reuse) the login, link it to the person with `email`, and put it in the group of the
    person's role. Returns the group's name."""
    if not _NAME.fullmatch(login):
        raise InvalidInput(f"Login '{login}' kan ikke bruges: brug små bogstaver, tal og _ (højst 51 tegn).")
    with engine.connect() as connection, connection.begin():
        _require_superuser(connection)
        roles = Roles.installed(connection)
        found = connection.execute(
            text("SELECT id, role, active FROM people WHERE lower(email) = lower(:email)"), {"email": email}
        ).first()
        if found is None:
            raise NotFound(f"Ingen person med e-mail {email}.")
        person_id, role, active = found
        if role not in GROUP_OF_ROLE or not active:
            raise InvalidInput(
                f"{email} kan ikke få et login: kun aktive BUA-ansatte og kommunale medarbejdere."
            )
        taken = connection.execute(
            text("SELECT email FROM people WHERE db_login = :login AND id <> :id"),
            {"login": login, "id": person_id},
        ).scalar()
        if taken is not None:
            raise InvalidInput(f"Login '{login}' hører allerede til {taken}.")
        attributes = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION INHERIT"
        if not _role_exists(connection, login):
            connection.exec_driver_sql(f'CREATE ROLE "{login}" {attributes}')
        elif _role_flag(connection, login, "rolsuper OR rolbypassrls OR rolcreaterole OR rolcreatedb"):
            raise InvalidInput(
                f"Login '{login}' har administratorrettigheder og kan ikke bruges af en person."
            )
        if password is not None:
            connection.exec_driver_sql(
                f"ALTER ROLE \"{login}\" PASSWORD '{_scram(connection, login, password)}'"
            )
        group = roles.group(GROUP_OF_ROLE[role])
        for other in roles.groups:
            if other != group:
                connection.exec_driver_sql(f'REVOKE "{other}" FROM "{login}"')
        connection.exec_driver_sql(f'GRANT "{group}" TO "{login}"')
        connection.execute(
            text("UPDATE people SET db_login = :login WHERE id = :id"), {"login": login, "id": person_id}
        )
    return group


def remove_login(engine: Engine, login: str) -> bool:
    """Unlink the login from its person, take it out of the store's groups, and end its sessions on this
    database. The role itself is dropped when nothing else holds it. Returns whether it was dropped."""
    with engine.connect() as connection, connection.begin():
        _require_superuser(connection)
        roles = Roles.installed(connection)
        if not _role_exists(connection, login):
            raise NotFound(f"Intet login '{login}' på serveren.")
        connection.execute(
            text("UPDATE people SET db_login = NULL WHERE db_login = :login"), {"login": login}
        )
        for group in roles.groups:
            connection.exec_driver_sql(f'REVOKE "{group}" FROM "{login}"')
        connection.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE usename = :login AND datname = current_database()"
            ),
            {"login": login},
        )
    with engine.connect() as connection:
        try:
            with connection.begin():
                connection.exec_driver_sql(f'DROP ROLE "{login}"')
        except Exception:  # still a member or owner elsewhere on the server: leave the role be
            return False
    return True


def reclaim_summaries(engine: Engine) -> None:
    """Rewrite the case summaries' table, so deleted summaries' text leaves its pages (plain VACUUM
    only marks the space free). The table is small; the rewrite locks it for a moment."""
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM FULL case_summaries")


def _require_superuser(connection: Connection) -> None:
    if connection.exec_driver_sql("SELECT current_setting('is_superuser')").scalar_one() != "on":
        raise StoreUnavailable(
            "Serverens opsætning kræver en databaseadministrator (superuser): forbind som den, "
            "fx postgresql://postgres@vært/database."
        )


def _role_exists(connection: Connection, name: str) -> bool:
    return bool(connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).scalar())


def _role_flag(connection: Connection, name: str, condition: str) -> bool:
    query = text(f"SELECT {condition} FROM pg_roles WHERE rolname = :n")  # condition: fixed text above
    return bool(connection.execute(query, {"n": name}).scalar())


def _create_roles(connection: Connection, roles: Roles) -> None:
    if not _role_exists(connection, roles.owner):
        connection.exec_driver_sql(f'CREATE ROLE "{roles.owner}" NOLOGIN')
    # The owner's functions read past the policies they serve (see server_security.sql).
    connection.exec_driver_sql(f'ALTER ROLE "{roles.owner}" NOLOGIN BYPASSRLS')
    for group in roles.groups:
        if not _role_exists(connection, group):
            connection.exec_driver_sql(f'CREATE ROLE "{group}" NOLOGIN')
    database = roles.database
    connection.exec_driver_sql(f'REVOKE ALL ON DATABASE "{database}" FROM PUBLIC')
    connection.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{database}" TO {_list(roles.groups)}')


def _own_everything(connection: Connection, roles: Roles) -> None:
    """The owner role owns the schema and everything in it, including a store its clients migrated
    before this set-up existed."""
    owner = roles.owner
    connection.exec_driver_sql(f'ALTER SCHEMA public OWNER TO "{owner}"')
    connection.exec_driver_sql("REVOKE ALL ON SCHEMA public FROM PUBLIC")
    connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {_list(roles.groups)}")
    owned = connection.exec_driver_sql(
        "SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'S', 'p') AND c.relowner <> "
        f"(SELECT oid FROM pg_roles WHERE rolname = '{owner}')"
    ).all()
    for name, kind in owned:
        if (
            kind == "S"
            and connection.exec_driver_sql(
                f"SELECT 1 FROM pg_depend d JOIN pg_class s ON s.oid = d.objid WHERE s.relname = '{name}' "
                "AND d.deptype = 'a'"
            ).first()
        ):
            continue  # a serial column's sequence follows its table
        connection.exec_driver_sql(f'ALTER TABLE public."{name}" OWNER TO "{owner}"')
    functions = connection.exec_driver_sql(
        "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        f"WHERE n.nspname = 'public' AND p.proowner <> (SELECT oid FROM pg_roles WHERE rolname = '{owner}')"
    ).scalars()
    for signature in list(functions):
        connection.exec_driver_sql(f'ALTER FUNCTION {signature} OWNER TO "{owner}"')


def _apply_security(connection: Connection, roles: Roles) -> None:
    groups = _list(roles.groups)
    tables = ", ".join(f"public.{t}" for t in (*PERSONAL_TABLES, "municipalities", "alembic_version"))
    connection.exec_driver_sql(f"REVOKE ALL ON {tables} FROM PUBLIC, {groups}")
    connection.exec_driver_sql(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, {groups}")
    connection.exec_driver_sql(f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC, {groups}")
    for table in PERSONAL_TABLES:
        for policy in connection.exec_driver_sql(
            f"SELECT policyname FROM pg_policies WHERE schemaname = 'public' AND tablename = '{table}'"
        ).scalars():
            connection.exec_driver_sql(f'DROP POLICY "{policy}" ON public.{table}')
        connection.exec_driver_sql(f"ALTER TABLE public.{table} ENABLE ROW LEVEL SECURITY")
        connection.exec_driver_sql(f"ALTER TABLE public.{table} FORCE ROW LEVEL SECURITY")
    script = resources.files("db").joinpath("server_security.sql").read_text(encoding="utf-8")
    driver = connection.connection.driver_connection
    assert isinstance(driver, psycopg.Connection)
    driver.execute(script.encode())  # psycopg runs a multi-statement script sent without parameters
    # CREATE FUNCTION grants EXECUTE to PUBLIC: take it back from every one of ours, then give the
    # clients only the ones they call; the policies' lookups run inside the owner's rights.
    connection.exec_driver_sql(f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC, {groups}")
    lookups = (
        "bua_today",
        "bua_person_id",
        "bua_role",
        "bua_municipality",
        "bua_is_contact",
        "bua_serves",
        "bua_manages_series",
    )
    for function in (*CLIENT_FUNCTIONS, *lookups, "bua_local_day"):
        connection.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION public.{function} TO {groups}")
    connection.exec_driver_sql(f"GRANT SELECT ON public.alembic_version TO {groups}")
    connection.exec_driver_sql(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {groups}")
    for name, tables_of_group in GRANTS.items():
        for table, privileges in tables_of_group.items():
            connection.exec_driver_sql(f'GRANT {privileges} ON public.{table} TO "{roles.group(name)}"')
    connection.exec_driver_sql(f"REVOKE USAGE ON SEQUENCE public.audit_log_id_seq FROM {groups}")


def _scram(connection: Connection, login: str, password: str) -> str:
    """The password as a SCRAM-SHA-256 verifier made by libpq here, so the clear text never goes to the
    server (nor into its statement log)."""
    driver = connection.connection.driver_connection
    assert isinstance(driver, psycopg.Connection)
    verifier = driver.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
    return verifier.decode().replace("'", "")


def _list(names: tuple[str, ...]) -> str:
    return ", ".join(f'"{n}"' for n in names)
