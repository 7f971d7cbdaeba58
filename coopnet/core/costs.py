"""Cost and financing model of the cooperative, year by year (HT, constant euros).

The exported workbook (``coopnet.io.workbook``) rebuilds exactly these rows with
spreadsheet formulas, so a change here must be mirrored there (a test checks it).

Year 1 carries the initial build. Member counts follow ``traffic.year_shares``.
Project flow (for NPV, IRR, payback) = revenue − opex − capex + connection fees + grants;
member shares and the loan are financing, they only move the cash balance.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from coopnet.core import finance, params as P
from coopnet.core.model_inputs import ModelInputs
from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.core.traffic import TrafficResult, traffic_model, village_loads, year_shares

FEE_CEILING = P.BY_KEY["monthly_fee_eur"].max  # above this a fee is not a fee


@dataclass
class Capex:
    route_km: float = 0.0
    civil_eur: float = 0.0
    premises_passed: int = 0
    premises_eur: float = 0.0
    equipment_eur: float = 0.0
    contingency_eur: float = 0.0
    volunteer_eur: float = 0.0
    initial_eur: float = 0.0  # year 1, before the members' connections
    per_new_line_eur: float = 0.0


@dataclass
class ModelResult:
    params: dict
    subscribers: float
    premises_passed: int
    take_rate: float
    capex: Capex
    traffic: TrafficResult
    rows: list[dict]
    npv_eur: float
    irr: float | None
    payback_year: int | None
    min_cash_eur: float
    min_cash_year: int
    breakeven_fee_eur: float | None
    breakeven_fee_note: str
    breakeven_take_rate: float | None = None
    breakeven_take_rate_note: str = ""
    messages: list[str] = field(default_factory=list)
    links: dict = field(default_factory=dict)  # link_basis(): what the link distances rest on

    @property
    def capex_total_eur(self) -> float:
        return sum(r["capex_eur"] for r in self.rows)


def capex_of(p: dict, loads, inputs: ModelInputs) -> Capex:
    c = Capex()
    cont = p["contingency_rate"]
    c.premises_passed = sum(vl.households for vl in loads if vl.included)
    c.equipment_eur = p["equipment_eur"]
    if p["operating_model"] == "build":
        km = sum(route_km(p, v) for v, vl in zip(inputs.villages, loads) if vl.included)
        c.route_km = km * p["detour_factor"]
        per_m = (
            p["underground_share"] * p["underground_eur_per_m"]
            + p["aerial_share"] * p["aerial_eur_per_m"]
            + p["ducts_share"] * p["ducts_eur_per_m"]
        )
        c.civil_eur = c.route_km * 1000 * per_m
        c.premises_eur = c.premises_passed * p["cost_per_premises_passed_eur"]
        base = c.civil_eur + c.premises_eur + c.equipment_eur
        c.contingency_eur = base * cont
        # Volunteers can only replace civil-works labour.
        c.volunteer_eur = min(p["volunteer_hours"] * p["volunteer_hour_value_eur"], c.civil_eur)
        c.initial_eur = base + c.contingency_eur - c.volunteer_eur
        conn = (
            p["connection_light_share"] * p["connection_light_eur"]
            + p["connection_moderate_share"] * p["connection_moderate_eur"]
            + p["connection_heavy_share"] * p["connection_heavy_eur"]
        )
        c.per_new_line_eur = conn * (1 + cont)
    else:  # rip: no civil works; lines bought or rented from the public network
        c.contingency_eur = c.equipment_eur * cont
        c.initial_eur = c.equipment_eur + c.contingency_eur
        c.per_new_line_eur = p["rip_iru_eur_per_line"] + p["rip_activation_fee_eur"]
    return c


def link_basis(p: dict, inputs: ModelInputs) -> dict:
    """What the villages' link distances rest on (said in the model, traffic and brief outputs):
    ``link_km_basis`` "pops" (measured to a known PoP), "assumed" (no PoP known: every village gets
    ``assumed_link_km``) or "mixed" (``villages_link_assumed`` have no town-hall position)."""
    assumed = [v.name for v in inputs.villages if v.link_km is None]
    if not assumed:
        basis = "pops"
    elif not inputs.pops:
        basis = "assumed"
    else:
        basis = "mixed"
    return {
        "link_km_basis": basis,
        "assumed_link_km": p["assumed_link_km"],
        "villages_link_assumed": assumed if basis == "mixed" else [],
    }


def route_km(p: dict, v) -> float:
    return v.link_km if v.link_km is not None else p["assumed_link_km"]


def yearly_rows(p: dict, n: float, cx: Capex, traffic: TrafficResult) -> list[dict]:
    """One dict per year: the rows the workbook's Cash flow sheet rebuilds with formulas."""
    rows, cash, prev_subs, cum_capex = [], p["start_cash_eur"], 0.0, 0.0
    fixed = p["insurance_eur_year"] + p["accounting_eur_year"] + p["admin_eur_year"]
    loan = p["loan_principal_eur"]
    payment = finance.annuity(loan, p["loan_rate"], p["loan_years"])
    rip = p["operating_model"] == "rip"
    for y, s in enumerate(year_shares(p, p["horizon_years"]), start=1):
        subs = n * s
        new = max(0.0, subs - prev_subs)
        capex = (cx.initial_eur if y == 1 else 0.0) + new * cx.per_new_line_eur
        cum_capex += capex
        commit = traffic.by_year[y - 1]["commit_mbps"]
        transit = (
            12 * commit * p["transit_eur_per_mbps_month"] * (1 + p["transit_price_change_rate"]) ** (y - 1)
        )
        line_fees = 12 * subs * p["rip_line_fee_eur_month"] if rip else 0.0
        maintenance = p["maintenance_rate"] * cum_capex
        opex = transit + 12 * p["backhaul_lease_eur_month"] + maintenance + fixed + line_fees
        revenue = 12 * subs * p["monthly_fee_eur"]
        grants = p["grant_eur"] + p["grant_pct_capex"] * capex if y == 1 else 0.0
        conn_fees = new * p["connection_fee_eur"]
        shares = new * p["share_eur_per_member"]
        loan_in = loan if y == 1 else 0.0
        loan_out = payment if y <= p["loan_years"] else 0.0
        financing = shares + conn_fees + grants + loan_in - loan_out
        net = revenue - opex - capex + financing
        cash += net
        rows.append(
            {
                "year": y,
                "subscribers": subs,
                "new_members": new,
                "revenue_eur": revenue,
                "opex_eur": opex,
                "capex_eur": capex,
                "financing_eur": financing,
                "net_eur": net,
                "cash_eur": cash,
                "commit_mbps": commit,
                "transit_eur": transit,
                "line_fees_eur": line_fees,
                "maintenance_eur": maintenance,
                "grants_eur": grants,
                "shares_eur": shares,
                "connection_fees_eur": conn_fees,
                "loan_payment_eur": loan_out,
                "project_flow_eur": revenue - opex - capex + conn_fees + grants,
            }
        )
        prev_subs = subs
    return rows


def _npv(p: dict, rows: list[dict]) -> float:
    return finance.npv(p["discount_rate"], [r["project_flow_eur"] for r in rows])


def breakeven_fee(p: dict, rows: list[dict], npv_eur: float) -> tuple[float | None, str]:
    """NPV is linear in the fee: fee* = fee − NPV / Σ 12·members_t/(1+r)^t."""
    d = finance.discount_factors(p["discount_rate"], len(rows))
    weight = sum(12 * r["subscribers"] * f for r, f in zip(rows, d))
    if weight <= 0:
        return None, QT_TRANSLATE_NOOP(
            "ModelNote", "cannot break even: no members (no pledges and no assumed take-up)"
        )
    fee = p["monthly_fee_eur"] - npv_eur / weight
    if fee <= 0:
        return 0.0, QT_TRANSLATE_NOOP("ModelNote", "breaks even at any fee: grants and fees cover every cost")
    if fee > FEE_CEILING:
        return None, QT_TRANSLATE_NOOP(
            "ModelNote", "cannot break even: members would have to pay more than €{ceiling} HT per month"
        ).format(ceiling=f"{FEE_CEILING:.0f}")
    return fee, ""


def _npv_at_take_rate(p, inputs, included, rate, ratio) -> float:
    loads = village_loads(p, inputs, take_rate=rate, keep_included=included)
    traffic = traffic_model(p, inputs, loads, commit_ratio=ratio)
    n = sum(vl.subscribers for vl in loads)
    rows = yearly_rows(p, n, capex_of(p, loads, inputs), traffic)
    return _npv(p, rows)


def breakeven_take_rate(
    p: dict, inputs: ModelInputs, included: list[bool], ratio: float | None
) -> tuple[float | None, str]:
    """Share of the households passed that must join for NPV = 0 at the scenario's fee.

    Bisection; each step re-runs the traffic simulation (the commit depends on the members).
    """
    if not any(included):
        included = [True] * len(inputs.villages)
    if not any(v.households for v, inc in zip(inputs.villages, included) if inc):
        return None, QT_TRANSLATE_NOOP(
            "ModelNote", "cannot compute a take rate: the villages have no households"
        )
    if _npv_at_take_rate(p, inputs, included, 1.0, ratio) < 0:
        return None, QT_TRANSLATE_NOOP(
            "ModelNote", "cannot break even at this fee, even if every household joins"
        )
    if _npv_at_take_rate(p, inputs, included, 0.0, ratio) >= 0:
        return 0.0, QT_TRANSLATE_NOOP("ModelNote", "breaks even with no members at all")
    lo, hi = 0.0, 1.0
    while hi - lo > 1e-4:
        mid = (lo + hi) / 2
        if _npv_at_take_rate(p, inputs, included, mid, ratio) >= 0:
            hi = mid
        else:
            lo = mid
    return hi, ""


def irr_reason(flows: list[float], irr: float | None) -> str:
    """Why there is no IRR (empty when there is one): a treasurer must not read "none" as "bad"."""
    if irr is not None:
        return ""
    if flows and all(f >= 0 for f in flows):
        return QT_TRANSLATE_NOOP(
            "ModelNote",
            "no year's project flow is negative: nothing is invested "
            "that the same year does not earn back, so there is no "
            "rate of return to compute (read the NPV)",
        )
    if all(f <= 0 for f in flows):
        return QT_TRANSLATE_NOOP(
            "ModelNote", "the project flow is never positive: the money put in never comes back"
        )
    if sum(flows) < 0:
        return QT_TRANSLATE_NOOP(
            "ModelNote",
            "over the horizon the project flow adds up to a loss: the money put in never comes back",
        )
    return QT_TRANSLATE_NOOP(
        "ModelNote", "no single rate brings the NPV to zero (the project flow changes sign several times)"
    )


def payback_reason(flows: list[float], year: int | None) -> str:
    """What the payback year means here (year 1 and "never" need saying)."""
    if year is None:
        return QT_TRANSLATE_NOOP(
            "ModelNote", "the cumulative project flow is still negative at the end of the horizon"
        )
    if year == 1:
        return QT_TRANSLATE_NOOP(
            "ModelNote",
            "the first year's revenue and connection fees already "
            "cover its costs and capex: there is no up-front "
            "investment to pay back",
        )
    return QT_TRANSLATE_NOOP(
        "ModelNote", "the cumulative project flow turns positive in year {year} and stays positive"
    ).format(year=year)


def counting(loads) -> dict:
    """Which villages the figures count: every village with an assumed take rate; only the villages
    with pledges when take-up comes from the pledges (the others are left out, and said so)."""
    counted = [vl for vl in loads if vl.included]
    return {
        "villages_counted": len(counted),
        "villages_total": len(loads),
        "households_counted": sum(vl.households for vl in counted),
        "households_all": sum(vl.households for vl in loads),
        "villages_without_pledges": [vl.name for vl in loads if not vl.included],
    }


def run_model(values: dict, inputs: ModelInputs, with_breakeven_take_rate: bool = True) -> ModelResult:
    """Validate the parameters and run the whole model. Raises ``params.ParamError``."""
    p = P.validate(values)
    loads = village_loads(p, inputs)
    traffic = traffic_model(p, inputs, loads)
    n = traffic.subscribers
    cx = capex_of(p, loads, inputs)
    rows = yearly_rows(p, n, cx, traffic)
    npv_eur = _npv(p, rows)
    flows = [r["project_flow_eur"] for r in rows]
    fee, fee_note = breakeven_fee(p, rows, npv_eur)
    low = min(rows, key=lambda r: r["cash_eur"])
    messages: list[str] = []
    if n <= 0:
        messages.append(
            QT_TRANSLATE_NOOP("ModelNote", "no members: record pledges or switch take-up to “assumed”")
        )
    if fee_note:
        messages.append(fee_note)
    if low["cash_eur"] < 0:
        first = next(r["year"] for r in rows if r["cash_eur"] < 0)
        messages.append(
            QT_TRANSLATE_NOOP(
                "ModelNote",
                "cash goes negative in year {first} (lowest in year "
                "{lowest}): more shares, grants or a loan needed",
            ).format(first=first, lowest=low["year"])
        )
    result = ModelResult(
        params=p,
        subscribers=n,
        premises_passed=cx.premises_passed,
        take_rate=n / cx.premises_passed if cx.premises_passed else 0.0,
        capex=cx,
        traffic=traffic,
        rows=rows,
        npv_eur=npv_eur,
        irr=finance.irr(flows),
        payback_year=finance.payback_year(flows),
        min_cash_eur=low["cash_eur"],
        min_cash_year=low["year"],
        breakeven_fee_eur=fee,
        breakeven_fee_note=fee_note,
        messages=messages,
        links=link_basis(p, inputs),
    )
    if with_breakeven_take_rate:
        rate, note = breakeven_take_rate(p, inputs, [vl.included for vl in loads], None)
        result.breakeven_take_rate, result.breakeven_take_rate_note = rate, note
        if note and rate is None:
            messages.append(note)
    return result


def model_json(res: ModelResult, scenario: str) -> dict:
    r = lambda x, d=2: None if x is None else round(float(x), d)  # noqa: E731
    p, vat = res.params, 1 + res.params["vat_rate"]
    capex_total = res.capex_total_eur
    flows = [row["project_flow_eur"] for row in res.rows]
    return {
        "scenario": scenario,
        "operating_model": p["operating_model"],
        "take_up_source": p["take_up_source"],
        "subscribers": r(res.subscribers, 1),
        "premises_passed": res.premises_passed,
        **counting(res.traffic.villages),
        "take_rate": r(res.take_rate, 4),
        "detour_factor": p["detour_factor"],
        "route_km": r(res.capex.route_km, 2),
        **res.links,
        "capex_eur": r(capex_total),
        "capex_initial_eur": r(res.capex.initial_eur),
        "volunteer_labour_eur": r(res.capex.volunteer_eur),
        "opex_year1_eur": r(res.rows[0]["opex_eur"]),
        "monthly_fee_eur": p["monthly_fee_eur"],
        "monthly_fee_ttc_eur": r(p["monthly_fee_eur"] * vat),
        "monthly_fee_breakeven_eur": r(res.breakeven_fee_eur),
        "monthly_fee_breakeven_ttc_eur": r(
            None if res.breakeven_fee_eur is None else res.breakeven_fee_eur * vat
        ),
        "breakeven_fee_note": res.breakeven_fee_note,
        "breakeven_take_rate": r(res.breakeven_take_rate, 4),
        "breakeven_take_rate_note": res.breakeven_take_rate_note,
        "npv_eur": r(res.npv_eur),
        "irr": r(res.irr, 4),
        "payback_year": res.payback_year,
        "irr_reason": irr_reason(flows, res.irr),
        "payback_reason": payback_reason(flows, res.payback_year),
        "min_cash_eur": r(res.min_cash_eur),
        "min_cash_year": res.min_cash_year,
        "cost_per_premises_passed_eur": r(res.capex.initial_eur / res.premises_passed)
        if res.premises_passed
        else None,
        "cost_per_member_eur": r(capex_total / res.subscribers) if res.subscribers else None,
        "commit_mbps": r(res.traffic.commit_mbps),
        "messages": res.messages,
        "cashflow": [
            {
                "year": row["year"],
                "subscribers": r(row["subscribers"], 1),
                "revenue_eur": r(row["revenue_eur"]),
                "opex_eur": r(row["opex_eur"]),
                "capex_eur": r(row["capex_eur"]),
                "financing_eur": r(row["financing_eur"]),
                "net_eur": r(row["net_eur"]),
                "cash_eur": r(row["cash_eur"]),
            }
            for row in res.rows
        ],
    }
