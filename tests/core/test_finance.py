"""Annuity, NPV, IRR and payback against hand-checked figures."""

import pytest

from coopnet.core import finance


def test_annuity_hand_checked():
    # 100 000 € over 10 years at 5 %: 100000 × 0.05 / (1 − 1.05^−10) = 12 950,46 €
    assert finance.annuity(100_000, 0.05, 10) == pytest.approx(12_950.4575, abs=0.01)
    # interest-free: equal instalments
    assert finance.annuity(12_000, 0.0, 12) == 1_000
    assert finance.annuity(0, 0.05, 10) == 0


def test_npv_hand_checked():
    # −1000 in year 1, then 600 and 600 at 10 %: −909,09 + 495,87 + 450,79 = 37,57
    assert finance.npv(0.10, [-1000, 600, 600]) == pytest.approx(37.566, abs=0.001)
    assert finance.npv(0.0, [1, 2, 3]) == 6


def test_irr_hand_checked():
    # −100 then 110 one year later: 10 %
    assert finance.irr([-100, 110]) == pytest.approx(0.10, abs=1e-8)
    # −1000, 500, 500, 500: the rate r with NPV 0 is ≈ 23,375 %
    r = finance.irr([-1000, 500, 500, 500])
    assert r == pytest.approx(0.233752, abs=1e-5)
    assert finance.npv(r, [-1000, 500, 500, 500]) == pytest.approx(0, abs=1e-6)


def test_irr_none_when_no_sign_change():
    assert finance.irr([100, 200]) is None
    assert finance.irr([-100, -200]) is None
    assert finance.irr([]) is None


def test_payback_year():
    assert finance.payback_year([-100, 50, 60]) == 3
    assert finance.payback_year([-100, 50, 40]) is None
    assert finance.payback_year([10, -50, 60]) == 3  # must stay ≥ 0 from that year on
