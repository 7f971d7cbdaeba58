"""Cost and financing model: build vs rip, break-even, bad input."""

import math

import pytest

from coopnet.core import params as P
from coopnet.core.costs import model_json, run_model
from coopnet.core.model_inputs import ModelInputs, VillageDemand
from coopnet.core.sensitivity import tornado


def inputs(pledges=60):
    return ModelInputs(
        "coop", [VillageDemand(f"780{i:02d}", f"V{i}", 400, pledges, 5, 4.0) for i in range(4)]
    )


def all_finite(d):
    if isinstance(d, dict):
        return all(all_finite(v) for v in d.values())
    if isinstance(d, list):
        return all(all_finite(v) for v in d)
    return not isinstance(d, float) or math.isfinite(d)


def test_build_costs_much_more_than_rip_up_front():
    build = run_model({"operating_model": "build"}, inputs())
    rip = run_model({"operating_model": "rip"}, inputs())
    assert build.capex.initial_eur > 20 * rip.capex.initial_eur
    assert build.capex.route_km == pytest.approx(4 * 4.0 * 1.3)
    assert rip.capex.route_km == 0
    # rip pays a line fee every month for every member, build does not
    assert rip.rows[5]["line_fees_eur"] == pytest.approx(12 * rip.rows[5]["subscribers"] * 12.5)
    assert build.rows[5]["line_fees_eur"] == 0


def test_build_capex_by_hand():
    p = {"operating_model": "build", "volunteer_hours": 0, "contingency_rate": 0}
    r = run_model(p, inputs())
    d = P.defaults()
    per_m = 0.3 * 70 + 0.5 * 22.5 + 0.2 * 8
    expected = 4 * 4.0 * 1.3 * 1000 * per_m + 1600 * d["cost_per_premises_passed_eur"] + d["equipment_eur"]
    assert r.capex.initial_eur == pytest.approx(expected)
    assert r.capex.per_new_line_eur == pytest.approx(0.5 * 150 + 0.47 * 900 + 0.03 * 2500)


def test_breakeven_fee_makes_npv_zero():
    r = run_model({"operating_model": "rip"}, inputs())
    assert r.breakeven_fee_eur is not None
    again = run_model({"operating_model": "rip", "monthly_fee_eur": r.breakeven_fee_eur}, inputs())
    assert again.npv_eur == pytest.approx(0, abs=1.0)


def test_breakeven_take_rate_makes_npv_about_zero():
    p = {"operating_model": "rip", "take_up_source": "assumed", "take_rate": 0.3}
    r = run_model(p, inputs())
    assert 0 < r.breakeven_take_rate < 0.3
    at = run_model({**p, "take_rate": r.breakeven_take_rate}, inputs())
    assert abs(at.npv_eur) < 0.02 * abs(r.npv_eur)


def test_cannot_break_even_says_so_without_nan():
    r = run_model({"take_up_source": "pledges"}, inputs(pledges=0))
    data = model_json(r, "x")
    assert data["monthly_fee_breakeven_eur"] is None
    assert "cannot break even" in data["breakeven_fee_note"]
    assert any("no members" in m for m in data["messages"])
    assert all_finite(data)
    hopeless = run_model(
        {"operating_model": "build", "cost_per_premises_passed_eur": 9000}, inputs(pledges=2)
    )
    assert hopeless.breakeven_fee_eur is None and "more than €500 HT" in hopeless.breakeven_fee_note
    assert hopeless.breakeven_take_rate is None
    assert all_finite(model_json(hopeless, "x"))


def test_yearly_rows_add_up_and_cash_accumulates():
    r = run_model({"loan_principal_eur": 100000, "grant_eur": 50000, "start_cash_eur": 1000}, inputs())
    cash = 1000
    for row in r.rows:
        assert row["net_eur"] == pytest.approx(
            row["revenue_eur"] - row["opex_eur"] - row["capex_eur"] + row["financing_eur"]
        )
        cash += row["net_eur"]
        assert row["cash_eur"] == pytest.approx(cash)
    assert len(r.rows) == 20
    assert r.min_cash_eur == min(row["cash_eur"] for row in r.rows)


@pytest.mark.parametrize(
    "key,value,words",
    [
        ("take_rate", 1.5, "cannot exceed 100 %"),
        ("discount_rate", -0.05, "cannot be negative"),
        ("horizon_years", 0, "at least"),
        ("monthly_fee_eur", "abc", "not a number"),
        ("operating_model", "lease", "build, rip"),
        ("overflow_probability", 0, "at least"),
    ],
)
def test_absurd_parameters_are_refused_with_a_reason(key, value, words):
    with pytest.raises(P.ParamError) as exc:
        run_model({key: value}, inputs())
    assert key in str(exc.value) and words in str(exc.value)


def test_shares_must_add_up():
    with pytest.raises(P.ParamError, match="add up to 100 %"):
        P.validate({"underground_share": 0.5})


def test_french_inputs_parse():
    assert P.coerce("take_rate", "40 %") == pytest.approx(0.4)
    assert P.coerce("monthly_fee_eur", "29,90 €") == pytest.approx(29.9)
    assert P.coerce("equipment_eur", "1 234,5") == pytest.approx(1234.5)


def test_tornado_moves_npv_both_ways():
    bars, base = tornado({"operating_model": "rip"}, inputs())
    fee = next(b for b in bars if b.key == "monthly_fee_eur")
    assert fee.npv_low < base < fee.npv_high
    assert bars == sorted(bars, key=lambda b: b.npv_swing, reverse=True)
