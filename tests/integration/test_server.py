"""A shared PostgreSQL store as a region runs it: set up by its administrator, each person logged in
with a login of their own, the database itself deciding what each may see and change.

Every check logs in as the real per-person login (never SET ROLE, which leaves session_user as it
was) and asks with plain SQL, as a modified client would. Through the program: test_server_clients.py;
the server's set-up and its own jobs: test_server_setup.py.
"""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy.engine import make_url

from db.server import PERSONAL_TABLES
from tests.integration.server_region import (
    LARS_SENT,
    PIA_DRAFT,
    PIA_SENT,
    Region,
    build_region,
    is_refused,
    plain_url,
    rows,
)

pytestmark = [pytest.mark.postgres, pytest.mark.parametrize("store_url", ["postgresql"], indirect=True)]


@pytest.fixture
def region(store_url: str) -> Region:
    """The region on a fresh server store (`build_region`)."""
    return build_region(store_url)


# --- what a login is and owns ----------------------------------------------------------------------


def test_no_login_has_rights_beyond_its_person(region: Region) -> None:
    with psycopg.connect(plain_url(region.admin_url)) as db:
        logins = [make_url(url).username for url in region.logins.values()]
        assert not rows(
            db,
            "SELECT rolname FROM pg_roles WHERE rolname = ANY(ARRAY[{}]) AND "
            "(rolsuper OR rolbypassrls OR rolcreaterole OR rolcreatedb)".format(
                ",".join(f"'{n}'" for n in logins)
            ),
        )
        owners = {
            r[0]
            for r in rows(
                db,
                "SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'",
            )
        }
        assert not owners & set(logins) and len(owners) == 1 and next(iter(owners)).endswith("_owner")
        unguarded = rows(
            db,
            "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' "
            "AND relname <> 'alembic_version' AND relname <> 'municipalities' "
            "AND NOT (relrowsecurity AND relforcerowsecurity)",
        )
        assert unguarded == [] and len(PERSONAL_TABLES) >= 13
        assert not rows(
            db,
            "SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace AND prosecdef "
            "AND NOT EXISTS (SELECT 1 FROM unnest(proconfig) c WHERE c LIKE 'search_path=%')",
        )
        assert (
            rows(
                db, "SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace AND prosecdef"
            )[0][0]
            > 3
        )
        assert not rows(
            db,
            "SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace "
            "AND c.relkind = 'v' AND NOT coalesce('security_invoker=true' = ANY(c.reloptions), false)",
        )
        grants = rows(
            db,
            "SELECT grantee, privilege_type FROM information_schema.role_table_grants "
            "WHERE table_name = 'audit_log' AND grantee NOT LIKE '%_owner' AND grantee <> 'postgres'",
        )
        assert {privilege for _, privilege in grants} <= {"SELECT"}, grants


# --- what each person sees, asked with plain SQL ---------------------------------------------------


def test_a_municipal_employee_sees_only_their_own_with_plain_sql(region: Region) -> None:
    with region.sql("lars") as lars:
        texts = [r[0] for r in rows(lars, "SELECT problem FROM case_summaries")]
        assert texts == [LARS_SENT]
        assert [r[0] for r in rows(lars, "SELECT id FROM bookings")] == [region.booking["lars_sent"]]
        emails = {r[0] for r in rows(lars, "SELECT email FROM people")}
        assert not {e for e in emails if e.endswith("@randers.example")}, emails
        assert "lars@aarhus.example" in emails and "ulla@bua.example" in emails
        assert rows(lars, "SELECT count(*) FROM slots WHERE municipality_code = '730'") == [(0,)]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            lars.execute("SELECT count(*) FROM audit_log")
    with region.sql("pia") as pia:
        assert {r[0] for r in rows(pia, "SELECT problem FROM case_summaries")} == {PIA_SENT, PIA_DRAFT}
        # a setting a client can set is no boundary, and none is used
        pia.execute("SELECT set_config('app.municipality', '751', false)")
        assert rows(pia, "SELECT count(*) FROM bookings WHERE municipality_code = '751'") == [(0,)]


def test_the_municipality_contact_sees_who_booked_but_no_summary(region: Region) -> None:
    with region.sql("kim") as kim:
        booked = {r[0] for r in rows(kim, "SELECT id FROM bookings")}
        assert booked == {region.booking["pia_sent"], region.booking["pia_draft"]}
        assert "pia@randers.example" in {r[0] for r in rows(kim, "SELECT email FROM people")}
        assert rows(kim, "SELECT count(*) FROM case_summaries") == [(0,)]


def test_an_employees_report_reads_their_municipalitys_bookings_as_states_only(region: Region) -> None:
    """The function behind an employee's status report: their own municipality's bookings, no person,
    no GP, and a cancellation reason only when it is one of the codes asked for."""
    codes = "ARRAY['illness', 'other']"
    with region.sql("lars") as lars:
        assert rows(lars, f"SELECT count(*) FROM bua_municipality_bookings('730', {codes})") == [(0,)]
        (slot,) = rows(lars, f"SELECT slot_id FROM bookings WHERE id = {region.booking['lars_sent']}")
        found = rows(lars, f"SELECT * FROM bua_municipality_bookings('751', {codes})")
        assert found == [(region.booking["lars_sent"], slot[0], "booked", None, False)]
    with region.sql("pia") as pia:  # not the contact: the policies show her own two bookings only
        mine = {region.booking["pia_sent"], region.booking["pia_draft"]}
        assert {r[0] for r in rows(pia, f"SELECT id FROM bua_municipality_bookings('730', {codes})")} == mine
        assert rows(pia, f"SELECT count(*) FROM bua_municipality_bookings('751', {codes})") == [(0,)]


def test_bua_reads_submitted_summaries_of_its_sessions_never_drafts(region: Region) -> None:
    with region.sql("ulla") as ulla:
        assert [r[0] for r in rows(ulla, "SELECT problem FROM case_summaries")] == [PIA_SENT]
        emails = {r[0] for r in rows(ulla, "SELECT email FROM people")}
        assert "lars@aarhus.example" not in emails and "pia@randers.example" in emails
    with region.sql("eva") as eva:  # Aarhus' advisor, and Randers' deputy today
        assert {r[0] for r in rows(eva, "SELECT problem FROM case_summaries")} == {PIA_SENT, LARS_SENT}
    with region.sql("ada") as ada:  # an administrator: everything but case summaries
        assert rows(ada, "SELECT count(*) FROM case_summaries") == [(0,)]
        assert rows(ada, "SELECT count(*) FROM bookings") == [(3,)]
        assert rows(ada, "SELECT count(*) FROM audit_log")[0][0] > 0


# --- what each person may change --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "statement"),
    [
        ("pia", "UPDATE people SET role = 'administrator'"),
        ("pia", "UPDATE settings SET value = '\"smtp.evil.example\"'"),
        ("pia", "INSERT INTO settings (key, value) VALUES ('smtp', '{}')"),
        ("pia", "DELETE FROM closure_dates"),
        ("pia", "UPDATE slots SET starts_at = now()"),
        (
            "pia",
            "UPDATE bookings SET state = 'cancelled' WHERE person_id <> (SELECT id FROM people "
            "WHERE email = 'pia@randers.example')",
        ),
        (
            "pia",
            "INSERT INTO audit_log (at, actor_label, action, entity, entity_id) "
            "VALUES (now(), 'x', 'x', 'x', '1')",
        ),
        ("pia", "UPDATE audit_log SET actor_label = 'x'"),
        ("pia", "DELETE FROM audit_log"),
        ("pia", "TRUNCATE audit_log"),
        ("pia", "ALTER TABLE audit_log DISABLE TRIGGER ALL"),
        ("pia", "DROP TRIGGER audit_log_append_only ON audit_log"),
        ("lars", "UPDATE case_summaries SET problem = 'x' WHERE municipality_code = '730'"),
        ("kim", "UPDATE case_summaries SET problem = 'x'"),
        ("ulla", "UPDATE slot_series SET video_url = 'https://evil.example' WHERE municipality_code = '751'"),
        ("ulla", "UPDATE people SET active = false"),
        ("ulla", "UPDATE case_summaries SET problem = 'x'"),
        ("ada", "UPDATE case_summaries SET problem = 'x'"),
        ("ada", "DELETE FROM audit_log"),
        ("ada", "TRUNCATE audit_log"),
        ("eva", "DELETE FROM absences"),
    ],
)
def test_writes_beyond_the_access_table_are_refused(region: Region, who: str, statement: str) -> None:
    with region.sql(who) as connection:
        assert is_refused(connection, statement), f"{who}: {statement}"
    with psycopg.connect(plain_url(region.admin_url)) as db:
        assert rows(db, "SELECT count(*) FROM people WHERE role = 'administrator'") == [(1,)]


def test_the_place_counter_cannot_be_faked(region: Region) -> None:
    with region.sql("pia") as pia, pytest.raises(psycopg.errors.IntegrityConstraintViolation):
        pia.execute(f"UPDATE slots SET booked_count = 1 WHERE id = {region.free_slot}")
