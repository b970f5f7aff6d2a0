from app.services.reference import municipality_overview
from app.services.context import Context


def test_store_holds_the_19_municipalities(ctx: Context) -> None:
    names = {o.municipality.name for o in municipality_overview(ctx)}
    assert len(names) == 19 and {"Randers", "Samsø", "Ringkøbing-Skjern"} <= names
