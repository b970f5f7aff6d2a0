-- Row-level security of a shared PostgreSQL store, applied by `server setup` as the owner role, after
-- the migrations; every statement can run again. Who may see and change what is the access table of
-- app/services/access.py (the README's "Who may do what"), expressed on `session_user`: a client that
-- skips its own checks gains nothing.
--
-- The lookup functions are SECURITY DEFINER, owned by the owner role (which has BYPASSRLS, so they
-- read past the policies they serve), with a pinned search_path and every name schema-qualified.
-- Policies call them wrapped in (SELECT ...) so that they run once per statement, not once per row.

CREATE OR REPLACE FUNCTION public.bua_today() RETURNS date
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp
    AS $$ SELECT (now() AT TIME ZONE 'Europe/Copenhagen')::date $$;

CREATE OR REPLACE FUNCTION public.bua_person_id() RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT id FROM public.people WHERE db_login = session_user AND active $$;

CREATE OR REPLACE FUNCTION public.bua_role() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT role FROM public.people WHERE db_login = session_user AND active $$;

CREATE OR REPLACE FUNCTION public.bua_municipality() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT municipality_code FROM public.people WHERE db_login = session_user AND active $$;

-- A municipal employee who is their municipality's own contact toward BUA today.
CREATE OR REPLACE FUNCTION public.bua_is_contact() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
        SELECT EXISTS (
            SELECT 1 FROM public.contact_assignments a JOIN public.people p ON p.id = a.person_id
            WHERE p.db_login = session_user AND p.active AND p.role = 'municipal_staff'
              AND a.kind = 'municipal_contact' AND a.municipality_code = p.municipality_code
              AND a.valid_from <= public.bua_today()
              AND (a.valid_until IS NULL OR a.valid_until >= public.bua_today()))
    $$;

-- "BUA for" a session: its own advisor, or the municipality's deputy in force on the session's day.
CREATE OR REPLACE FUNCTION public.bua_serves(advisor integer, municipality text, day date) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
        SELECT EXISTS (
            SELECT 1 FROM public.people p
            WHERE p.db_login = session_user AND p.active AND p.role = 'advisor'
              AND (p.id = advisor OR EXISTS (
                  SELECT 1 FROM public.contact_assignments a
                  WHERE a.person_id = p.id AND a.kind = 'bua_deputy' AND a.municipality_code = municipality
                    AND a.valid_from <= day AND (a.valid_until IS NULL OR a.valid_until >= day))))
    $$;

-- A series, its slots and its skipped dates are its own advisor's to change, or an administrator's.
CREATE OR REPLACE FUNCTION public.bua_manages_series(series integer) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
        SELECT EXISTS (
            SELECT 1 FROM public.people p
            WHERE p.db_login = session_user AND p.active
              AND (p.role = 'administrator'
                   OR (p.role = 'advisor'
                       AND EXISTS (SELECT 1 FROM public.slot_series s WHERE s.id = series AND s.advisor_id = p.id))))
    $$;

CREATE OR REPLACE FUNCTION public.bua_local_day(instant timestamptz) RETURNS date
    LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp
    AS $$ SELECT (instant AT TIME ZONE 'Europe/Copenhagen')::date $$;

-- The monthly quota counts the municipality's bookings, most of which its employees cannot see.
CREATE OR REPLACE FUNCTION public.bua_count_occupying(
    municipality text, from_instant timestamptz, before_instant timestamptz, exclude_id integer
) RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
        SELECT count(*) FROM public.bookings b
        WHERE b.municipality_code = municipality AND b.state IN ('booked', 'held', 'no_show')
          AND b.starts_at >= from_instant AND b.starts_at < before_instant
          AND b.id IS DISTINCT FROM exclude_id
          -- the municipality's own employees (and the server's administrator, who is no person)
          AND (municipality = public.bua_municipality() OR public.bua_person_id() IS NULL)
    $$;

-- The status report of an employee's own municipality counts their colleagues' bookings, which the
-- policies do not show them: states, a booker's cancellation reason if it is one of the codes the
-- client names (never BUA's own words), and whether a GP comes; never who booked.
CREATE OR REPLACE FUNCTION public.bua_municipality_bookings(municipality text, reason_codes text[])
    RETURNS TABLE (id integer, slot_id integer, state text, cancel_reason text, has_gp boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
        SELECT b.id, b.slot_id, b.state::text,
               CASE WHEN b.cancel_reason = ANY (reason_codes) THEN b.cancel_reason::text END,
               b.gp_email IS NOT NULL
        FROM public.bookings b
        WHERE b.municipality_code = municipality
          AND (municipality = public.bua_municipality() OR public.bua_person_id() IS NULL)
    $$;

-- A freed place goes to the first on the slot's waitlist who may still book; those before them who
-- may not leave the list. The same as SqlBookings.fill_from_waitlist does on SQLite. It runs with
-- the owner's rights because the entries are other people's bookings, and it only ever brings a slot
-- to the state the rules require, so anyone may call it; it tells ids and states, never who waited.
CREATE OR REPLACE FUNCTION public.bua_fill_from_waitlist(slot integer)
RETURNS TABLE (booking_id integer, municipality_code text, state text, version integer)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
    DECLARE
        entry record;
        eligible boolean;
    BEGIN
        LOOP
            SELECT b.id, b.municipality_code AS municipality, b.version AS old_version,
                   (p.active AND p.role = 'municipal_staff') AS may_book
              INTO entry
              FROM public.bookings b JOIN public.people p ON p.id = b.person_id
             WHERE b.slot_id = slot AND b.state = 'waitlisted'
             ORDER BY b.created_at, b.id LIMIT 1;
            EXIT WHEN NOT FOUND;
            eligible := entry.may_book;
            IF eligible THEN
                UPDATE public.slots s SET booked_count = s.booked_count + 1
                 WHERE s.id = slot AND s.booked_count < s.capacity AND NOT s.cancelled;
                EXIT WHEN NOT FOUND;
                UPDATE public.bookings b SET state = 'booked', version = b.version + 1, updated_at = now()
                 WHERE b.id = entry.id;
            ELSE
                UPDATE public.bookings b SET state = 'cancelled', cancel_reason = 'not_eligible',
                       version = b.version + 1, ical_sequence = b.ical_sequence + 1, updated_at = now()
                 WHERE b.id = entry.id;
            END IF;
            booking_id := entry.id;
            municipality_code := entry.municipality;
            state := CASE WHEN eligible THEN 'booked' ELSE 'cancelled' END;
            version := entry.old_version + 1;
            RETURN NEXT;
            EXIT WHEN eligible;
        END LOOP;
    END
    $$;

-- A session handed to the deputy keeps the advisor's old event until its cancellation is mailed;
-- whoever mailed it says so here. The advisor may no longer change the booking (the deputy serves it
-- now), so this runs with the owner's rights; it clears only the marker whose random UID the caller
-- names, which only those who may read the booking can know.
CREATE OR REPLACE FUNCTION public.bua_forget_superseded(booking integer, uid text) RETURNS void
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
    UPDATE public.bookings
       SET superseded_uid = NULL, superseded_sequence = NULL, superseded_organizer_id = NULL
     WHERE id = booking AND superseded_uid = uid
    $$;

-- The audit log: written only here, stamped by the database with the login and, for a personal
-- login, its person, whatever the client says.
CREATE OR REPLACE FUNCTION public.bua_audit(
    actor_person integer, actor_text text, entry_action text, entry_entity text, entry_id text,
    municipality text, before_value json, after_value json
) RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
    DECLARE
        me public.people;
    BEGIN
        SELECT * INTO me FROM public.people WHERE db_login = session_user AND active;
        INSERT INTO public.audit_log
            (at, actor_person_id, actor_label, action, entity, entity_id, municipality_code, before, after, login)
        VALUES (clock_timestamp(), COALESCE(me.id, actor_person), COALESCE(me.email, actor_text),
                entry_action, entry_entity, entry_id, municipality, before_value, after_value, session_user);
    END
    $$;

-- The place counter is the client's to keep (a conditional UPDATE, as on SQLite), and the database's
-- to check: when the transaction commits, each changed slot's count is its occupying bookings.
CREATE OR REPLACE FUNCTION public.bua_check_booked_count() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$
    BEGIN
        -- NEW is the row as this one update left it; a later update in the transaction may have moved
        -- the count on, so the check reads the row as it is now.
        IF (SELECT s.booked_count FROM public.slots s WHERE s.id = NEW.id)
           <> (SELECT count(*) FROM public.bookings b
               WHERE b.slot_id = NEW.id AND b.state IN ('booked', 'held', 'no_show')) THEN
            RAISE EXCEPTION 'booked_count of slot % does not match its bookings', NEW.id
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NULL;
    END
    $$;
DROP TRIGGER IF EXISTS slots_booked_count_matches ON public.slots;
CREATE CONSTRAINT TRIGGER slots_booked_count_matches AFTER UPDATE OF booked_count ON public.slots
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.bua_check_booked_count();

-- Nobody empties the audit log, whatever privileges they were given by mistake.
CREATE OR REPLACE FUNCTION public.bua_audit_no_truncate() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
    AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$;
DROP TRIGGER IF EXISTS audit_log_no_truncate ON public.audit_log;
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON public.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION public.bua_audit_no_truncate();

-- ---------------------------------------------------------------------------------------------------
-- Policies. Setup drops every policy on these tables first, so a policy renamed or removed in a new
-- version does not linger.

-- people: yourself, BUA's own people, and whoever appears in a booking or a contact assignment you see.
CREATE POLICY people_read ON public.people FOR SELECT USING (
    db_login = session_user  -- even once deactivated: the client can then say so
    OR id = (SELECT public.bua_person_id())
    OR (SELECT public.bua_role()) = 'administrator'
    OR ((SELECT public.bua_person_id()) IS NOT NULL AND role IN ('advisor', 'administrator'))
    OR EXISTS (SELECT 1 FROM public.bookings b WHERE b.person_id = people.id)
    OR EXISTS (SELECT 1 FROM public.contact_assignments a WHERE a.person_id = people.id)
);
CREATE POLICY people_write ON public.people FOR ALL
    USING ((SELECT public.bua_role()) = 'administrator')
    WITH CHECK ((SELECT public.bua_role()) = 'administrator');

-- contact assignments: BUA sees all; an employee their own municipality's.
CREATE POLICY contacts_read ON public.contact_assignments FOR SELECT USING (
    (SELECT public.bua_role()) IN ('advisor', 'administrator')
    OR municipality_code = (SELECT public.bua_municipality())
);
CREATE POLICY contacts_write ON public.contact_assignments FOR ALL
    USING ((SELECT public.bua_role()) = 'administrator')
    WITH CHECK ((SELECT public.bua_role()) = 'administrator');

-- series and slots: BUA sees all (they hold no personal data); an employee their municipality's and
-- teaching open to all. A series is its advisor's (or an administrator's) to change.
CREATE POLICY series_read ON public.slot_series FOR SELECT USING (
    (SELECT public.bua_role()) IN ('advisor', 'administrator')
    OR ((SELECT public.bua_role()) = 'municipal_staff'
        AND (municipality_code = (SELECT public.bua_municipality()) OR open_to_all))
);
CREATE POLICY series_write ON public.slot_series FOR ALL
    USING ((SELECT public.bua_role()) = 'administrator' OR advisor_id = (SELECT public.bua_person_id()))
    WITH CHECK ((SELECT public.bua_role()) = 'administrator' OR advisor_id = (SELECT public.bua_person_id()));

CREATE POLICY slots_read ON public.slots FOR SELECT USING (
    (SELECT public.bua_role()) IN ('advisor', 'administrator')
    OR ((SELECT public.bua_role()) = 'municipal_staff' AND (
        municipality_code = (SELECT public.bua_municipality())
        OR EXISTS (SELECT 1 FROM public.slot_series s WHERE s.id = slots.series_id AND s.open_to_all)))
);
-- The series' advisor (or an administrator) changes its slots; BUA for a session and a booker change
-- only the place counter, which column privileges and bua_check_booked_count keep honest.
CREATE POLICY slots_write ON public.slots FOR ALL
    USING (public.bua_manages_series(series_id)) WITH CHECK (public.bua_manages_series(series_id));
CREATE POLICY slots_count_places ON public.slots FOR UPDATE
    USING (public.bua_serves(advisor_id, municipality_code, public.bua_local_day(starts_at))
           OR (SELECT public.bua_role()) = 'municipal_staff' AND (
               municipality_code = (SELECT public.bua_municipality())
               OR EXISTS (SELECT 1 FROM public.slot_series s WHERE s.id = slots.series_id AND s.open_to_all)));

CREATE POLICY skips_read ON public.skipped_dates FOR SELECT USING (
    (SELECT public.bua_role()) IN ('advisor', 'administrator')
    OR municipality_code = (SELECT public.bua_municipality())
);
CREATE POLICY skips_write ON public.skipped_dates FOR ALL
    USING (public.bua_manages_series(series_id)) WITH CHECK (public.bua_manages_series(series_id));

-- bookings: the booker; the municipality's own contact sees the municipality's; BUA for the session;
-- an administrator all.
CREATE POLICY bookings_read ON public.bookings FOR SELECT USING (
    person_id = (SELECT public.bua_person_id())
    OR (SELECT public.bua_role()) = 'administrator'
    OR (municipality_code = (SELECT public.bua_municipality()) AND (SELECT public.bua_is_contact()))
    OR EXISTS (SELECT 1 FROM public.slots s WHERE s.id = bookings.slot_id
               AND public.bua_serves(s.advisor_id, s.municipality_code, public.bua_local_day(bookings.starts_at)))
    -- the advisor who handed the session to the deputy, until the old event's cancellation is mailed
    OR superseded_organizer_id = (SELECT public.bua_person_id())
);
-- An employee books for themselves only, in their own municipality's name, a slot they can see.
CREATE POLICY bookings_book ON public.bookings FOR INSERT WITH CHECK (
    person_id = (SELECT public.bua_person_id())
    AND municipality_code = (SELECT public.bua_municipality())
    AND EXISTS (SELECT 1 FROM public.slots s WHERE s.id = bookings.slot_id)
);
CREATE POLICY bookings_change ON public.bookings FOR UPDATE
    USING (
        person_id = (SELECT public.bua_person_id())
        OR (SELECT public.bua_role()) = 'administrator'
        OR EXISTS (SELECT 1 FROM public.slots s WHERE s.id = bookings.slot_id
                   AND public.bua_serves(s.advisor_id, s.municipality_code, public.bua_local_day(bookings.starts_at))))
    WITH CHECK (
        (person_id = (SELECT public.bua_person_id()) AND EXISTS (SELECT 1 FROM public.slots s WHERE s.id = bookings.slot_id))
        OR (SELECT public.bua_role()) = 'administrator'
        OR EXISTS (SELECT 1 FROM public.slots s WHERE s.id = bookings.slot_id
                   AND public.bua_serves(s.advisor_id, s.municipality_code, public.bua_local_day(bookings.starts_at))));

-- case summaries: the booker's own; BUA for the session sees a submitted one; nobody else, not even an
-- administrator. The retention purge runs on the server (`server purge`), not in a client.
CREATE POLICY summaries_read ON public.case_summaries FOR SELECT USING (
    EXISTS (SELECT 1 FROM public.bookings b WHERE b.id = case_summaries.booking_id
            AND b.person_id = (SELECT public.bua_person_id()))
    OR (state = 'submitted' AND (SELECT public.bua_role()) = 'advisor' AND EXISTS (
        SELECT 1 FROM public.bookings b JOIN public.slots s ON s.id = b.slot_id
        WHERE b.id = case_summaries.booking_id
          AND public.bua_serves(s.advisor_id, s.municipality_code, public.bua_local_day(b.starts_at))))
);
CREATE POLICY summaries_write ON public.case_summaries FOR INSERT WITH CHECK (
    EXISTS (SELECT 1 FROM public.bookings b WHERE b.id = case_summaries.booking_id
            AND b.person_id = (SELECT public.bua_person_id()) AND b.municipality_code = case_summaries.municipality_code)
);
CREATE POLICY summaries_rewrite ON public.case_summaries FOR UPDATE
    USING (EXISTS (SELECT 1 FROM public.bookings b WHERE b.id = case_summaries.booking_id
                   AND b.person_id = (SELECT public.bua_person_id())))
    WITH CHECK (EXISTS (SELECT 1 FROM public.bookings b WHERE b.id = case_summaries.booking_id
                        AND b.person_id = (SELECT public.bua_person_id())));

CREATE POLICY tombstones_read ON public.case_summary_tombstones FOR SELECT USING (
    (SELECT public.bua_role()) = 'administrator'
    OR EXISTS (SELECT 1 FROM public.bookings b WHERE b.id = case_summary_tombstones.booking_id)
);

-- absences: the advisor's own, and an administrator's.
CREATE POLICY absences_own ON public.absences FOR ALL
    USING ((SELECT public.bua_role()) = 'administrator' OR advisor_id = (SELECT public.bua_person_id()))
    WITH CHECK ((SELECT public.bua_role()) = 'administrator' OR advisor_id = (SELECT public.bua_person_id()));

-- closure days and settings (rules, the mail server): everyone with a login reads; administrators write.
CREATE POLICY annual_closures_read ON public.annual_closures FOR SELECT
    USING ((SELECT public.bua_person_id()) IS NOT NULL);
CREATE POLICY annual_closures_write ON public.annual_closures FOR ALL
    USING ((SELECT public.bua_role()) = 'administrator') WITH CHECK ((SELECT public.bua_role()) = 'administrator');
CREATE POLICY closure_dates_read ON public.closure_dates FOR SELECT
    USING ((SELECT public.bua_person_id()) IS NOT NULL);
CREATE POLICY closure_dates_write ON public.closure_dates FOR ALL
    USING ((SELECT public.bua_role()) = 'administrator') WITH CHECK ((SELECT public.bua_role()) = 'administrator');
CREATE POLICY settings_read ON public.settings FOR SELECT USING ((SELECT public.bua_person_id()) IS NOT NULL);
CREATE POLICY settings_write ON public.settings FOR ALL
    USING ((SELECT public.bua_role()) = 'administrator') WITH CHECK ((SELECT public.bua_role()) = 'administrator');

-- The audit log: administrators read it; nobody writes it but bua_audit.
CREATE POLICY audit_read ON public.audit_log FOR SELECT USING ((SELECT public.bua_role()) = 'administrator');

-- ---------------------------------------------------------------------------------------------------
-- Live updates: every committed write says which table it changed on the channel bua_changes (only
-- the table's name: a listener learns that something changed, never what). PostgreSQL sends it at
-- commit, once per table and transaction, and only to clients of this database.
CREATE OR REPLACE FUNCTION public.bua_notify_change() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
    AS $$ BEGIN PERFORM pg_notify('bua_changes', TG_TABLE_NAME); RETURN NULL; END $$;

DO $$
DECLARE
    watched text;
BEGIN
    FOREACH watched IN ARRAY ARRAY['people', 'contact_assignments', 'annual_closures', 'closure_dates',
        'slot_series', 'slots', 'skipped_dates', 'bookings', 'case_summaries', 'case_summary_tombstones',
        'absences', 'settings']
    LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS %I ON public.%I', watched || '_notify', watched);
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON public.%I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION public.bua_notify_change()',
                       watched || '_notify', watched);
    END LOOP;
END
$$;
