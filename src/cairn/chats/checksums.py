"""Checksums that tell a real wallet address from a look-alike: Base58Check (Bitcoin legacy),
bech32/bech32m (BIP-173/350 segwit) and EIP-55 (Ethereum mixed-case, Keccak-256).

Keccak-256 is written out here (the original Keccak padding, not NIST SHA3-256, which
``hashlib`` offers) so that no extra package is needed; it is checked against published
vectors in the tests.
"""

from __future__ import annotations

import hashlib

__all__ = ["base58check_decode", "bech32_segwit_ok", "eip55_checksum", "keccak256"]

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {c: i for i, c in enumerate(_B58)}


def base58check_decode(text: str) -> bytes | None:
    """The payload (version byte included) if ``text`` is valid Base58Check, else None."""
    number = 0
    for char in text:
        digit = _B58_INDEX.get(char)
        if digit is None:
            return None
        number = number * 58 + digit
    raw = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    raw = b"\x00" * (len(text) - len(text.lstrip("1"))) + raw
    if len(raw) < 5:
        return None
    payload, check = raw[:-4], raw[-4:]
    if hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] != check:
        return None
    return payload


_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32M_CONST = 0x2BC830A3


def _polymod(values: list[int]) -> int:
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            check ^= generator[i] if ((top >> i) & 1) else 0
    return check


def _convert_bits(data: list[int], from_bits: int, to_bits: int) -> list[int] | None:
    accumulator = bits = 0
    out: list[int] = []
    maxv = (1 << to_bits) - 1
    for value in data:
        accumulator = (accumulator << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((accumulator >> bits) & maxv)
    if bits >= from_bits or ((accumulator << (to_bits - bits)) & maxv):
        return None
    return out


def bech32_segwit_ok(address: str, hrps: tuple[str, ...] = ("bc", "tb")) -> bool:
    """True for a valid segwit address: bech32 for version 0, bech32m for 1-16 (BIP-350)."""
    if address.lower() != address and address.upper() != address:
        return False
    address = address.lower()
    position = address.rfind("1")
    if position < 1 or position + 7 > len(address) or len(address) > 90:
        return False
    hrp = address[:position]
    if hrp not in hrps:
        return False
    try:
        data = [_BECH32.index(c) for c in address[position + 1 :]]
    except ValueError:
        return False
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    constant = _polymod(expanded + data)
    if constant not in (1, _BECH32M_CONST):
        return False
    version, program = data[0], _convert_bits(data[1:-6], 5, 8)
    if program is None or version > 16 or not 2 <= len(program) <= 40:
        return False
    if version == 0 and (len(program) not in (20, 32) or constant != 1):
        return False
    return not (version != 0 and constant != _BECH32M_CONST)


_ROUND_CONSTANTS = (
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
    0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
    0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
)  # fmt: skip
_ROTATIONS = (
    (0, 36, 3, 41, 18),
    (1, 44, 10, 45, 2),
    (62, 6, 43, 15, 61),
    (28, 55, 25, 21, 56),
    (27, 20, 39, 8, 14),
)
_MASK = (1 << 64) - 1


def _rotl(value: int, shift: int) -> int:
    return ((value << shift) | (value >> (64 - shift))) & _MASK if shift else value


def _keccak_f(state: list[list[int]]) -> None:
    for constant in _ROUND_CONSTANTS:
        c = [state[x][0] ^ state[x][1] ^ state[x][2] ^ state[x][3] ^ state[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rotl(c[(x + 1) % 5], 1) for x in range(5)]
        for x in range(5):
            for y in range(5):
                state[x][y] ^= d[x]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rotl(state[x][y], _ROTATIONS[x][y])
        for x in range(5):
            for y in range(5):
                state[x][y] = b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y])
        state[0][0] ^= constant


def keccak256(data: bytes) -> bytes:
    """Keccak-256 as Ethereum uses it (padding 0x01, not SHA3's 0x06)."""
    rate = 136
    pad = rate - len(data) % rate
    padded = data + (b"\x81" if pad == 1 else b"\x01" + b"\x00" * (pad - 2) + b"\x80")
    state = [[0] * 5 for _ in range(5)]
    for offset in range(0, len(padded), rate):
        block = padded[offset : offset + rate]
        for i in range(rate // 8):
            x, y = i % 5, i // 5
            state[x][y] ^= int.from_bytes(block[8 * i : 8 * i + 8], "little")
        _keccak_f(state)
    return b"".join(state[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


def eip55_checksum(address: str) -> str:
    """The EIP-55 mixed-case form of a 0x-prefixed 40-hex Ethereum address."""
    lower = address[2:].lower()
    digest = keccak256(lower.encode("ascii")).hex()
    return "0x" + "".join(
        c.upper() if c.isalpha() and int(digest[i], 16) >= 8 else c for i, c in enumerate(lower)
    )
