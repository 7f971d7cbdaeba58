"""The parameter catalogue of the cost and traffic models.

Every parameter has a unit, a default and the public source of that default
(DESIGN.md §5–6). Defaults we could not source are flagged ``estimate`` and the
app and the workbook say so. Values are HT (before VAT) and in constant euros.
"""

from __future__ import annotations

import difflib
import math
from dataclasses import dataclass

from coopnet.core.text import QT_TRANSLATE_NOOP, Msg

GROUPS = ("demand", "build", "running", "financing", "traffic")
GROUP_LABELS = {
    "demand": QT_TRANSLATE_NOOP("ParamGroup", "Demand"),
    "build": QT_TRANSLATE_NOOP("ParamGroup", "Build"),
    "running": QT_TRANSLATE_NOOP("ParamGroup", "Running costs"),
    "financing": QT_TRANSLATE_NOOP("ParamGroup", "Financing"),
    "traffic": QT_TRANSLATE_NOOP("ParamGroup", "Traffic"),
}
# What each value of a choice parameter means, for documents (the value itself stays the key:
# the workbook's formulas compare with it).
CHOICE_LABELS = {
    ("take_up_source", "pledges"): QT_TRANSLATE_NOOP("ParamChoice", "the pledges recorded in this project"),
    ("take_up_source", "assumed"): QT_TRANSLATE_NOOP("ParamChoice", "households × assumed take rate"),
    ("operating_model", "build"): QT_TRANSLATE_NOOP("ParamChoice", "the cooperative builds its own network"),
    ("operating_model", "rip"): QT_TRANSLATE_NOOP(
        "ParamChoice", "operator on the public network (RIP), renting lines"
    ),
    ("p95_rule", "max"): QT_TRANSLATE_NOOP(
        "ParamChoice", "the higher of the incoming and outgoing 95th percentiles"
    ),
    ("p95_rule", "sum"): QT_TRANSLATE_NOOP("ParamChoice", "the 95th percentile of incoming + outgoing"),
}


@dataclass(frozen=True)
class Param:
    key: str
    label: str
    unit: str
    default: float | int | str
    group: str
    source: str
    min: float | None = None
    max: float | None = None
    kind: str = "float"  # "float", "int", "choice"
    choices: tuple[str, ...] = ()
    estimate: bool = False
    percent: bool = False  # stored as a fraction, shown as %

    def source_text(self) -> str:
        return f"estimate — {self.source}" if self.estimate else self.source


_CGE = "CGE report on final connections, Apr 2024 (50% light < €200, 47% moderate ≈ €900, 3% heavy > €2,000)"
_NETNOTE = "French network cost note, undated: underground €50–90/m (15 on open ground, up to 250 in town centres), aerial €15–30/m"

PARAMS: tuple[Param, ...] = (
    # -- demand --------------------------------------------------------------
    Param(
        "take_up_source",
        "Take-up from",
        "",
        "pledges",
        "demand",
        "pledges: the pledges recorded in this project (status pledged or member); "
        "assumed: households × take rate",
        kind="choice",
        choices=("pledges", "assumed"),
    ),
    Param(
        "take_rate",
        "Assumed take rate",
        "% of households",
        0.35,
        "demand",
        "set it from your own door-to-door survey",
        0,
        1,
        estimate=True,
        percent=True,
    ),
    Param(
        "pledge_conversion_rate",
        "Pledges that become members",
        "%",
        0.9,
        "demand",
        "not every pledge signs up",
        0,
        1,
        estimate=True,
        percent=True,
    ),
    Param(
        "take_up_ramp_years",
        "Years to reach full take-up",
        "years",
        3,
        "demand",
        "members connect over the first years (linear ramp)",
        1,
        10,
        kind="int",
        estimate=True,
    ),
    Param(
        "churn_rate",
        "Members leaving each year (not replaced)",
        "%/year",
        0.01,
        "demand",
        "moves and deaths not replaced by newcomers",
        0,
        0.5,
        estimate=True,
        percent=True,
    ),
    Param(
        "monthly_fee_eur",
        "Member fee (HT)",
        "€/month",
        25.0,
        "demand",
        "SCANI: €30 TTC/month = €25 HT (coop site); B4RN £30/month",
        0,
        500,
    ),
    Param(
        "vat_rate",
        "VAT",
        "%",
        0.20,
        "demand",
        "French standard VAT rate 20 % (CGI art. 278)",
        0,
        0.3,
        percent=True,
    ),
    # -- build -----------------------------------------------------------------
    Param(
        "operating_model",
        "How the cooperative operates",
        "",
        "rip",
        "build",
        "rip: operator on the public network, renting lines (SCANI model), the usual route for "
        "a village cooperative; build: the cooperative builds its network (B4RN model)",
        kind="choice",
        choices=("build", "rip"),
    ),
    # One detour factor per project (a project setting, also used by the map's links): scenarios
    # do not store it, ``store.scenarios.values`` fills it in from the project.
    Param(
        "detour_factor",
        "Route length ÷ straight line",
        "×",
        1.3,
        "build",
        "cables follow roads and field edges, not straight lines; one value for the whole "
        "project (Map page, Settings, coopnet links --detour-factor)",
        1,
        5,
        estimate=True,
    ),
    Param(
        "assumed_link_km",
        "Link to the PoP when no PoP is known",
        "km",
        5.0,
        "build",
        "used only for villages without a PoP distance",
        0,
        200,
        estimate=True,
    ),
    Param(
        "underground_share",
        "Underground (new trench)",
        "% of route",
        0.3,
        "build",
        "set it from your route survey",
        0,
        1,
        estimate=True,
        percent=True,
    ),
    Param(
        "aerial_share",
        "Aerial on existing poles",
        "% of route",
        0.5,
        "build",
        "set it from your route survey",
        0,
        1,
        estimate=True,
        percent=True,
    ),
    Param(
        "ducts_share",
        "In existing ducts",
        "% of route",
        0.2,
        "build",
        "set it from your route survey",
        0,
        1,
        estimate=True,
        percent=True,
    ),
    Param("underground_eur_per_m", "Underground trench", "€/m", 70.0, "build", _NETNOTE, 0, 500),
    Param("aerial_eur_per_m", "Aerial cable", "€/m", 22.5, "build", _NETNOTE, 0, 200),
    Param(
        "ducts_eur_per_m",
        "Cable blown in existing ducts",
        "€/m",
        8.0,
        "build",
        "cable and labour only, duct rental not included",
        0,
        100,
        estimate=True,
    ),
    Param(
        "cost_per_premises_passed_eur",
        "Cost per premises passed",
        "€/premises",
        1090.0,
        "build",
        "Yvelines rural FTTH programme: €120 M for 110,000 homes ≈ €1,090 (press, 2019); "
        "EC/Analysys Mason: ≈€2,250 rural (thinkbroadband, 2016)",
        0,
        10000,
    ),
    Param("connection_light_eur", "Connection, light", "€/member", 150.0, "build", _CGE, 0, 5000),
    Param("connection_moderate_eur", "Connection, moderate", "€/member", 900.0, "build", _CGE, 0, 10000),
    Param("connection_heavy_eur", "Connection, heavy", "€/member", 2500.0, "build", _CGE, 0, 50000),
    Param("connection_light_share", "Light connections", "%", 0.50, "build", _CGE, 0, 1, percent=True),
    Param("connection_moderate_share", "Moderate connections", "%", 0.47, "build", _CGE, 0, 1, percent=True),
    Param("connection_heavy_share", "Heavy connections", "%", 0.03, "build", _CGE, 0, 1, percent=True),
    Param(
        "equipment_eur",
        "Active equipment (OLT, switches, PoP rack)",
        "€",
        30000.0,
        "build",
        "ask two suppliers for a quote",
        0,
        1e8,
        estimate=True,
    ),
    Param(
        "contingency_rate",
        "Contingency on capex",
        "%",
        0.10,
        "build",
        "usual engineering margin",
        0,
        1,
        estimate=True,
        percent=True,
    ),
    Param(
        "volunteer_hours",
        "Volunteer labour",
        "hours",
        2000.0,
        "build",
        "count what your volunteers can really dig and pull",
        0,
        1e6,
        estimate=True,
    ),
    Param(
        "volunteer_hour_value_eur",
        "Value of a volunteer hour",
        "€/hour",
        11.88,
        "build",
        "French minimum wage (SMIC) €11.88/hour gross from 1 Nov 2024",
        0,
        200,
    ),
    Param(
        "rip_line_fee_eur_month",
        "RIP line fee",
        "€/member/month",
        12.50,
        "build",
        "SCANI AGM 2021: ≈€12.50 HT per connected member per month; ARCEP draft 2015: passive line ≈€13/month",
        0,
        100,
    ),
    Param(
        "rip_iru_eur_per_line",
        "RIP line IRU (one-off)",
        "€/line",
        0.0,
        "build",
        "0 = rent the line (SCANI); an IRU costs ≈€500/line + €5/month/active line (press, 2025)",
        0,
        5000,
    ),
    Param(
        "rip_activation_fee_eur",
        "RIP activation fee",
        "€/new line",
        50.0,
        "build",
        "ask the RIP operator for its price list",
        0,
        2000,
        estimate=True,
    ),
    # -- running -------------------------------------------------------------
    Param(
        "transit_eur_per_mbps_month",
        "IP transit (committed)",
        "€/Mbps/month",
        2.0,
        "running",
        "Paris 10 G hubs 0.3–1.9 $/Mbps/month (TeleGeography 2015); small rural buyers pay far more (×20 reported)",
        0,
        100,
        estimate=True,
    ),
    Param(
        "transit_price_change_rate",
        "Change of transit prices",
        "%/year",
        -0.10,
        "running",
        "transit prices per Mbps have fallen year after year",
        -0.5,
        0.5,
        estimate=True,
        percent=True,
    ),
    Param(
        "overage_eur_per_mbps_month",
        "IP transit above the commit",
        "€/Mbps/month",
        3.0,
        "running",
        "usually 1.5× the committed price",
        0,
        200,
        estimate=True,
    ),
    Param(
        "backhaul_lease_eur_month",
        "Backhaul lease to the PoP",
        "€/month",
        500.0,
        "running",
        "with transit, consistent with SCANI 2017: 200 Mbps for 150 members, €1,400/month (regional press)",
        0,
        100000,
        estimate=True,
    ),
    Param(
        "maintenance_rate",
        "Maintenance",
        "% of capex/year",
        0.05,
        "running",
        "opex 5–10 % of capex per year (ITU/Giga CPP; Oughton models)",
        0,
        0.5,
        percent=True,
    ),
    Param(
        "insurance_eur_year",
        "Insurance",
        "€/year",
        1500.0,
        "running",
        "ask an insurer",
        0,
        1e6,
        estimate=True,
    ),
    Param(
        "accounting_eur_year",
        "Accounting and audit",
        "€/year",
        2500.0,
        "running",
        "chartered accountant for a small cooperative",
        0,
        1e6,
        estimate=True,
    ),
    Param(
        "admin_eur_year",
        "Administration",
        "€/year",
        2000.0,
        "running",
        "bank, post, software, general meeting",
        0,
        1e6,
        estimate=True,
    ),
    # -- financing -------------------------------------------------------------
    Param(
        "share_eur_per_member",
        "Member shares",
        "€/member",
        100.0,
        "financing",
        "B4RN: £1 shares, minimum 100; SCANI: shares from €10",
        0,
        100000,
    ),
    Param(
        "connection_fee_eur",
        "Connection fee paid by the member",
        "€/member",
        80.0,
        "financing",
        "SCANI: installation €80",
        0,
        10000,
    ),
    Param(
        "grant_eur",
        "Grants (amount)",
        "€",
        0.0,
        "financing",
        "enter the grants you have been promised",
        0,
        1e9,
    ),
    Param(
        "grant_pct_capex",
        "Grants (share of initial capex)",
        "%",
        0.0,
        "financing",
        "enter the grants you have been promised",
        0,
        1,
        percent=True,
    ),
    Param("loan_principal_eur", "Loan", "€", 0.0, "financing", "ask your bank", 0, 1e9),
    Param(
        "loan_rate",
        "Loan interest rate",
        "%/year",
        0.04,
        "financing",
        "ask your bank",
        0,
        0.3,
        estimate=True,
        percent=True,
    ),
    Param(
        "loan_years",
        "Loan duration",
        "years",
        15,
        "financing",
        "ask your bank",
        1,
        40,
        kind="int",
        estimate=True,
    ),
    Param("start_cash_eur", "Cash at start", "€", 0.0, "financing", "your bank balance", 0, 1e9),
    Param(
        "discount_rate",
        "Discount rate",
        "%/year",
        0.045,
        "financing",
        "France Stratégie (Quinet report, 2013): 4.5 % for public investment",
        0,
        0.3,
        percent=True,
    ),
    Param(
        "horizon_years",
        "Horizon",
        "years",
        20,
        "financing",
        "length of the model (fibre lasts longer)",
        1,
        50,
        kind="int",
    ),
    # -- traffic ---------------------------------------------------------------
    Param(
        "gb_per_month",
        "Usage per line",
        "GB/month",
        450.0,
        "traffic",
        "UK 2021: 453 GB/month per fixed line; US 2024: 590 GB",
        0,
        10000,
    ),
    Param(
        "busy_hour_factor",
        "Busy hour ÷ average hour",
        "×",
        1.7,
        "traffic",
        "busy hour ≈1.7–2.0× the average hour (record days ≈2.7×)",
        1,
        5,
    ),
    Param(
        "subscriber_cv",
        "Per-line variability (std dev ÷ mean)",
        "×",
        3.0,
        "traffic",
        "one line's busy-hour rate is very bursty",
        0,
        20,
        estimate=True,
    ),
    Param(
        "gigabit_usage_factor",
        "Usage of a 1 Gb/s tier ÷ standard",
        "×",
        1.5,
        "traffic",
        "faster tiers use more",
        1,
        10,
        estimate=True,
    ),
    Param(
        "traffic_growth_rate",
        "Traffic growth",
        "%/year",
        0.10,
        "traffic",
        "usage growth has slowed to ≈7–15 %/year",
        0,
        1,
        percent=True,
    ),
    Param(
        "overflow_probability",
        "Overflow probability ε",
        "%",
        0.01,
        "traffic",
        "C = M + α√V, α = √(−2 ln ε); ε = 1 % ⇒ α ≈ 3.03 (van den Berg et al. 2006)",
        1e-9,
        0.5,
        percent=True,
    ),
    Param(
        "contract_term_years",
        "Transit contract term",
        "years",
        3,
        "traffic",
        "usual wholesale terms are 1–3 years",
        1,
        10,
        kind="int",
        estimate=True,
    ),
    Param(
        "commit_step_mbps",
        "Commit granularity",
        "Mbps",
        10.0,
        "traffic",
        "carriers sell commits in round steps",
        1,
        10000,
        estimate=True,
    ),
    Param(
        "contract_commit_mbps",
        "Committed rate in the transit contract",
        "Mbps",
        0.0,
        "traffic",
        "the commit your carrier contract states (0: none, every Mbps of the 95th percentile is "
        "billed at the overage price); used by the measured-traffic bill",
        0,
        1e6,
    ),
    Param(
        "p95_rule",
        "95th-percentile rule of the contract",
        "",
        "max",
        "traffic",
        "max: the higher of the incoming and outgoing 95th percentiles (most carriers); "
        "sum: the 95th percentile of incoming + outgoing",
        kind="choice",
        choices=("max", "sum"),
    ),
    Param(
        "simulation_seed",
        "Simulation seed",
        "",
        1,
        "traffic",
        "the same seed gives the same 95th-percentile simulation",
        0,
        2**31 - 1,
        kind="int",
    ),
    Param(
        "availability_target",
        "Availability wanted",
        "%",
        0.999,
        "traffic",
        "usual business-grade SLA (99.9 % ≈ 8.8 h/year)",
        0.9,
        1,
        estimate=True,
        percent=True,
    ),
    Param(
        "time_to_restore_hours",
        "Time to restore wanted",
        "hours",
        8.0,
        "traffic",
        "usual business-grade SLA",
        0.5,
        720,
        estimate=True,
    ),
)

BY_KEY: dict[str, Param] = {p.key: p for p in PARAMS}
SHARE_GROUPS = {
    "route": ("underground_share", "aerial_share", "ducts_share"),
    "connection": ("connection_light_share", "connection_moderate_share", "connection_heavy_share"),
}


class ParamError(ValueError):
    """A parameter value that the model refuses; the message says which and why."""


def defaults() -> dict:
    return {p.key: p.default for p in PARAMS}


# Labels and units are translated in their own contexts ("Param", "Unit", listed for lupdate by
# tools/ts_fill.py); called through another name so lupdate does not take the variable for text.
_said_in = QT_TRANSLATE_NOOP


def _label(p: Param) -> Msg:
    return _said_in("Param", p.label)


def _fmt(p: Param, value) -> str:
    if p.percent:
        return f"{value * 100:g} %"
    if not p.unit:
        return f"{value:g}"
    return QT_TRANSLATE_NOOP("ParamError", "{number} {unit}").format(
        number=f"{value:g}", unit=_said_in("Unit", p.unit)
    )


def coerce(key: str, value) -> float | int | str:
    """Check one value against its parameter; return it typed. Raises ParamError."""
    p = BY_KEY.get(key)
    if p is None:
        close = difflib.get_close_matches(key, BY_KEY, n=3)
        if close:
            raise ParamError(
                QT_TRANSLATE_NOOP("ParamError", "{key}: no such parameter (did you mean {keys}?)").format(
                    key=key, keys=", ".join(close)
                )
            )
        raise ParamError(QT_TRANSLATE_NOOP("ParamError", "{key}: no such parameter").format(key=key))
    if p.kind == "choice":
        text = str(value).strip().lower()
        if text not in p.choices:
            raise ParamError(
                QT_TRANSLATE_NOOP("ParamError", "{key} = “{value}”: must be one of {choices}").format(
                    key=key, value=value, choices=", ".join(p.choices)
                )
            )
        return text
    if isinstance(value, str):
        value = parse_number(key, value, p.percent)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ParamError(
            QT_TRANSLATE_NOOP("ParamError", "{key} = “{value}”: not a number").format(key=key, value=value)
        )
    if not math.isfinite(value):
        raise ParamError(
            QT_TRANSLATE_NOOP("ParamError", "{key} = {value}: not a finite number").format(
                key=key, value=value
            )
        )
    if p.kind == "int":
        if value != int(value):
            if p.unit:
                raise ParamError(
                    QT_TRANSLATE_NOOP(
                        "ParamError", "{key} = {value}: must be a whole number of {unit}"
                    ).format(key=key, value=f"{value:g}", unit=_said_in("Unit", p.unit))
                )
            raise ParamError(
                QT_TRANSLATE_NOOP("ParamError", "{key} = {value}: must be a whole number").format(
                    key=key, value=f"{value:g}"
                )
            )
        value = int(value)
    else:
        value = float(value)
    if p.min is not None and value < p.min:
        if p.min == 0:
            raise ParamError(
                QT_TRANSLATE_NOOP("ParamError", "{key} = {value}: “{label}” cannot be negative").format(
                    key=key, value=_fmt(p, value), label=_label(p)
                )
            )
        raise ParamError(
            QT_TRANSLATE_NOOP("ParamError", "{key} = {value}: “{label}” must be at least {min}").format(
                key=key, value=_fmt(p, value), label=_label(p), min=_fmt(p, p.min)
            )
        )
    if p.max is not None and value > p.max:
        raise ParamError(
            QT_TRANSLATE_NOOP("ParamError", "{key} = {value}: “{label}” cannot exceed {max}").format(
                key=key, value=_fmt(p, value), label=_label(p), max=_fmt(p, p.max)
            )
        )
    return value


def parse_number(key: str, text: str, percent: bool = False) -> float:
    """ "0,4", "40 %", "1 234,5 €" → float. A % sign divides by 100."""
    raw = text
    text = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("€", "")
    is_pct = text.endswith("%")
    text = text.rstrip("%").replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        raise ParamError(
            QT_TRANSLATE_NOOP("ParamError", "{key} = “{value}”: not a number").format(key=key, value=raw)
        ) from None
    return value / 100 if is_pct else value


SHARES_DO_NOT_ADD_UP = {
    "route": QT_TRANSLATE_NOOP(
        "ParamError", "{keys}: the route shares add up to {total} %, they must add up to 100 %"
    ),
    "connection": QT_TRANSLATE_NOOP(
        "ParamError", "{keys}: the connection shares add up to {total} %, they must add up to 100 %"
    ),
}


def validate(values: dict) -> dict:
    """Full parameter set (defaults filled in), checked; raises ParamError on the first problem."""
    out = defaults()
    for key, value in values.items():
        if key in BY_KEY:
            out[key] = coerce(key, value)
    for name, keys in SHARE_GROUPS.items():
        total = sum(out[k] for k in keys)
        if abs(total - 1) > 0.001:
            raise ParamError(
                SHARES_DO_NOT_ADD_UP[name].format(keys=", ".join(keys), total=f"{total * 100:g}")
            )
    return out
