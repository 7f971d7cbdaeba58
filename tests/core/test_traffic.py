"""Traffic model: C = M + α√V by hand, 95th percentile, pooling gain, reproducibility."""

import math

import numpy as np
import pytest

from coopnet.core import params as P
from coopnet.core import traffic as T
from coopnet.core.model_inputs import ModelInputs, VillageDemand


def test_capacity_by_hand_for_a_small_group():
    # 4 lines, each mean 2 Mbps and variance 9 Mbps²: M = 8, V = 36, ε = 1 % ⇒ α = √(−2 ln 0,01) = 3,0349
    alpha = math.sqrt(-2 * math.log(0.01))
    assert alpha == pytest.approx(3.0349, abs=1e-4)
    assert T.capacity(8, 36, 0.01) == pytest.approx(8 + 3.0349 * 6, abs=1e-3)  # 26,21 Mbps


def test_per_line_busy_hour_rate_matches_design_note():
    # 453 GB/month ⇒ ≈1,4 Mbps mean; × 1,7 ⇒ ≈2,4 Mbps in the busy hour
    assert T.per_line_busy_mbps(453, 1) == pytest.approx(1.398, abs=0.001)
    assert T.per_line_busy_mbps(453, 1.7) == pytest.approx(2.38, abs=0.01)


def test_p95_of_a_known_series():
    # 8 640 samples 1..8640: drop the top 432, bill the highest left: 8 208
    series = np.arange(1, 8641)
    np.random.default_rng(0).shuffle(series)
    assert T.p95(series) == 8208
    assert T.p95([5.0] * 8640) == 5.0


def test_bill_at_commit_and_overage():
    assert T.bill(100, 80, 2.0, 3.0) == 200  # under the commit: pay the commit
    assert T.bill(100, 130, 2.0, 3.0) == 200 + 30 * 3  # 30 Mbps over at the overage price


def test_commit_minimises_the_expected_bill():
    p95s = [90, 95, 100, 105, 110]
    commit, expected = T.recommend_commit(p95s, price=2, overage=3, step=5)
    for c in range(0, 130, 5):
        mean = sum(T.bill(c, x, 2, 3) for x in p95s) / len(p95s)
        assert expected <= mean + 1e-9
    assert commit == 95  # 190 € + 3 € × mean overage 6 Mbps = 208 € < 209 € at 100


def inputs(n_villages=5, households=300, pledges=40):
    return ModelInputs(
        "coop",
        [VillageDemand(f"780{i:02d}", f"V{i}", households, pledges, 0, 3.0) for i in range(n_villages)],
    )


def test_pooling_gain_positive_for_several_villages():
    p = P.validate({})
    t = T.traffic_model(p, inputs())
    assert 0 < t.pooling_gain < 1
    assert t.capacity_mbps < t.sum_of_villages_mbps
    # M adds exactly: the group's mean is the sum of the villages' means
    assert t.busy_hour_mean_mbps == pytest.approx(sum(v.mean_mbps for v in t.villages))


def test_one_village_has_no_pooling_gain_and_no_members_no_nan():
    p = P.validate({})
    assert T.traffic_model(p, inputs(1)).pooling_gain == pytest.approx(0, abs=1e-12)
    empty = T.traffic_model(p, inputs(3, pledges=0))
    assert empty.capacity_mbps == 0 and empty.pooling_gain == 0 and empty.commit_mbps == 0


def test_simulation_is_seeded_and_reproducible():
    p = P.validate({})
    a = T.traffic_model(p, inputs())
    b = T.traffic_model(p, inputs())
    assert a.p95_months == b.p95_months and a.commit_mbps == b.commit_mbps
    c = T.traffic_model(P.validate({"simulation_seed": 7}), inputs())
    assert c.p95_months != a.p95_months
    samples = T.simulate_month_samples(100, 400, 1.7, seed=3, months=1)
    assert samples.shape == (1, 8640) and (samples >= 0).all()
    assert 0 < a.p95_mbps < a.capacity_mbps * 1.2


def test_capacity_grows_with_traffic_over_the_term():
    p = P.validate({"take_up_ramp_years": 1, "churn_rate": 0, "traffic_growth_rate": 0.1})
    t = T.traffic_model(p, inputs())
    caps = [y["capacity_mbps"] for y in t.contract_years(p["contract_term_years"])]
    assert len(caps) == 3 and caps[0] < caps[1] < caps[2]
    assert caps[0] == pytest.approx(t.capacity_mbps)
    assert t.by_year[0]["commit_mbps"] == t.commit_mbps
    assert t.port == T.port_for(t.burst_mbps)


def test_port_keeps_the_burst_under_80_percent_of_line_rate():
    assert T.port_for(700) == "1G"
    assert T.port_for(900) == "10G"  # 90 % of a 1G port is too tight
    assert T.port_for(7_000) == "10G"
    assert T.port_for(9_000) == "100G"
