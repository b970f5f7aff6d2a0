from app.domain.model import Role
from app.services import people, series, slots
from app.services.context import Context
from app.services.demo import fill_demo, has_demo_data
from app.services.reference import municipality_overview
from tests.integration.helpers import ADMIN


def test_demo_fills_every_municipality_and_refuses_a_second_time(ctx: Context) -> None:
    assert not has_demo_data(ctx)
    summary = fill_demo(ctx, ADMIN, years=1, seed=7)
    assert has_demo_data(ctx)
    assert "serier" in summary
    overview = municipality_overview(ctx)
    assert all(o.advisor and o.deputy and o.municipal_contact for o in overview)
    assert {s.municipality_code for s in series.list_series(ctx)} == {o.municipality.code for o in overview}
    assert len(people.list_people(ctx, Role.ADVISOR)) == 6
    assert len(slots.list_slots(ctx)) > 19 * 40
    try:
        fill_demo(ctx, ADMIN, years=1, seed=7)
    except Exception as error:
        assert "tom database" in str(error)
    else:
        raise AssertionError("a second demo fill must be refused")
