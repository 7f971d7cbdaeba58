"""Poll a router's IF-MIB 64-bit counters over SNMP (pysnmp 7) and store the rates.

``ifHCInOctets`` (1.3.6.1.2.1.31.1.1.1.6), ``ifHCOutOctets`` (…1.10) and ``ifHighSpeed``
(…1.15, Mbit/s) of the interface whose ``ifName`` (…1.1) — or else ``ifDescr`` — is the
name given. Each poll is a reading; two readings give a rate through the same code as an
imported file (wraps, resets). A router that does not answer is not an error: the poll is
missed, and when the router answers again the time in between is recorded as a gap.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

import numpy as np

from coopnet.core.measure import Readings, to_rates
from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.errors import CoopnetError
from coopnet.store import measure as store
from coopnet.store.project import Project

IF_NAME = "1.3.6.1.2.1.31.1.1.1.1"
IF_DESCR = "1.3.6.1.2.1.2.2.1.2"
IF_HC_IN = "1.3.6.1.2.1.31.1.1.1.6"
IF_HC_OUT = "1.3.6.1.2.1.31.1.1.1.10"
IF_HIGH_SPEED = "1.3.6.1.2.1.31.1.1.1.15"

_NO_IF = QT_TRANSLATE_NOOP("Watch", "{host}: no interface named “{name}” (interfaces: {known})")
_BAD_V3 = QT_TRANSLATE_NOOP("Watch", "--{option}: must be one of {choices}")

AUTH = {
    "md5": "USM_AUTH_HMAC96_MD5",
    "sha": "USM_AUTH_HMAC96_SHA",
    "sha256": "USM_AUTH_HMAC192_SHA256",
    "sha512": "USM_AUTH_HMAC384_SHA512",
}
PRIV = {"des": "USM_PRIV_CBC56_DES", "aes": "USM_PRIV_CFB128_AES", "aes256": "USM_PRIV_CFB256_AES"}


class NoAnswer(Exception):
    """The router did not answer (timeout, refused, SNMP error): a missed poll, not a crash."""


@dataclass
class Target:
    host: str
    port: int = 161
    community: str | None = "public"
    v3_user: str | None = None
    v3_auth_key: str | None = None
    v3_auth: str = "sha"
    v3_priv_key: str | None = None
    v3_priv: str = "aes"
    timeout: float = 2.0
    retries: int = 1


def _auth(h, target: Target):
    if target.v3_user:
        for option, value, table in (
            ("v3-auth-protocol", target.v3_auth, AUTH),
            ("v3-priv-protocol", target.v3_priv, PRIV),
        ):
            if value not in table:
                raise CoopnetError(_BAD_V3.format(option=option, choices=", ".join(table)), 2)
        kw = {}
        if target.v3_auth_key:
            kw.update(authKey=target.v3_auth_key, authProtocol=getattr(h, AUTH[target.v3_auth]))
        if target.v3_priv_key:
            kw.update(privKey=target.v3_priv_key, privProtocol=getattr(h, PRIV[target.v3_priv]))
        return h.UsmUserData(target.v3_user, **kw)
    return h.CommunityData(target.community or "public", mpModel=1)


async def _walk(h, engine, auth, transport, oid: str) -> dict[int, str]:
    out = {}
    async for err, status, _index, binds in h.walk_cmd(
        engine,
        auth,
        transport,
        h.ContextData(),
        h.ObjectType(h.ObjectIdentity(oid)),
        lexicographicMode=False,
        lookupMib=False,
    ):
        if err or status:
            raise NoAnswer(str(err or status.prettyPrint()))
        for name, value in binds:
            out[int(tuple(name)[-1])] = str(value)
    return out


async def _find_index(h, engine, auth, transport, target: Target, if_name: str) -> int:
    known: set[str] = set()
    for oid in (IF_NAME, IF_DESCR):
        names = await _walk(h, engine, auth, transport, oid)
        for idx, name in names.items():
            if name == if_name:
                return idx
        known.update(names.values())
    raise CoopnetError(_NO_IF.format(host=target.host, name=if_name, known=", ".join(sorted(known)) or "—"))


async def _poll(target: Target, if_name: str, index: int | None) -> tuple[int, int, int, float | None]:
    from pysnmp.hlapi.v3arch import asyncio as h

    engine = h.SnmpEngine()
    try:
        try:
            transport = await h.UdpTransportTarget.create(
                (target.host, target.port), timeout=target.timeout, retries=target.retries
            )
        except Exception as exc:  # name resolution: the host may come back
            raise NoAnswer(str(exc)) from None
        auth = _auth(h, target)
        if index is None:
            index = await _find_index(h, engine, auth, transport, target, if_name)
        err, status, _i, binds = await h.get_cmd(
            engine,
            auth,
            transport,
            h.ContextData(),
            *(
                h.ObjectType(h.ObjectIdentity(f"{oid}.{index}"))
                for oid in (IF_HC_IN, IF_HC_OUT, IF_HIGH_SPEED)
            ),
            lookupMib=False,
        )
        if err or status:
            raise NoAnswer(str(err or status.prettyPrint()))
        values = [v for _n, v in binds]
        try:
            c_in, c_out = int(values[0]), int(values[1])
        except (TypeError, ValueError):
            raise NoAnswer("no 64-bit counters for this interface") from None
        try:
            speed = float(int(values[2])) * 1e6 or None
        except (TypeError, ValueError):
            speed = None
        return index, c_in, c_out, speed
    finally:
        engine.close_dispatcher()


def poll(target: Target, if_name: str, index: int | None = None) -> tuple[int, int, int, float | None]:
    """(ifIndex, in octets, out octets, speed bit/s) — raises NoAnswer when the router is away."""
    return asyncio.run(_poll(target, if_name, index))


class Watcher:
    """Polls one interface; opens the project only to store each reading (the app may have it
    open too). The last reading is kept in the project, so a restarted watch carries on."""

    def __init__(self, path, target: Target, if_name: str, every: float):
        self.path, self.target, self.if_name, self.every = path, target, if_name, every
        with Project.open(path) as project, project.transaction():
            self.iface = store.ensure_interface(
                project, if_name, source=f"snmp://{target.host}:{target.port}"
            )
            row = store.interface(project, if_name)
        self.last = (
            (int(row["last_ts"]), int(row["last_in"]), int(row["last_out"]))
            if row["last_ts"] is not None
            else None
        )
        self.index: int | None = None
        self.missed = 0

    def step(self, now: float | None = None) -> dict:
        """One poll. Returns {"ok", "error", "gap", "rate_in_bps", "rate_out_bps", "reset"}."""
        out = {
            "ok": False,
            "error": None,
            "gap": None,
            "rate_in_bps": None,
            "rate_out_bps": None,
            "reset": False,
            "speed_bps": None,
        }
        try:
            self.index, c_in, c_out, speed = poll(self.target, self.if_name, self.index)
        except NoAnswer as exc:
            self.missed += 1
            out["error"] = str(exc)
            return out
        ts = int(now if now is not None else time.time())
        out.update(ok=True, speed_bps=speed)
        with Project.open(self.path) as project, project.transaction():
            if speed:
                store.ensure_interface(project, self.if_name, speed_bps=speed)
            if self.last is not None and ts > self.last[0]:
                t0, i0, o0 = self.last
                if ts - t0 > 2 * self.every:
                    store.add_gaps(
                        project, self.iface, [(t0, ts)], "no answer" if self.missed else "not polled"
                    )
                    out["gap"] = (t0, ts)
                else:
                    r = Readings(
                        np.array([t0, ts], np.int64),
                        np.array([i0, c_in], np.uint64),
                        np.array([o0, c_out], np.uint64),
                        "counter",
                        counter_bits=64,
                        speed_bps=speed,
                    )
                    rates, acc = to_rates(r)
                    if len(rates):
                        store.add_rates(project, self.iface, rates)
                        out["rate_in_bps"], out["rate_out_bps"] = (
                            float(rates.in_bps[0]),
                            float(rates.out_bps[0]),
                        )
                    out["reset"] = bool(acc.resets)
            store.set_last_counters(project, self.iface, ts, c_in, c_out)
        self.last = (ts, c_in, c_out)
        self.missed = 0
        return out
