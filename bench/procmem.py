"""Memory readings of the benchmark process itself, from /proc (Linux), for the bench scripts."""

from __future__ import annotations


def status_mb(field: str) -> float:
    """A /proc/self/status memory field (``VmRSS``, ``VmHWM``…) in MB."""
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024 / 1e6
    return float("nan")


def reset_peak() -> None:
    """Start ``VmHWM`` again from the current RSS (where the kernel allows it)."""
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
    except OSError:
        pass
