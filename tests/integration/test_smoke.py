from app.services.context import Context
from app.services.reference import municipality_overview


def test_store_holds_the_19_municipalities(ctx: Context) -> None:
    names = {o.municipality.name for o in municipality_overview(ctx)}
    assert len(names) == 19 and {"Randers", "Samsø", "Ringkøbing-Skjern"} <= names
