"""Conformance kits that in-tree and third-party plugins run in their own tests.

Each ``check_*`` raises ``AssertionError`` with a plain message at the first difference from
the reference behaviour, so a plugin's test is one line::

    from cairn.testing import check_pdq_index

    def test_my_index() -> None:
        check_pdq_index(MyIndex)
"""

from cairn.testing.check_index import check_pdq_index

__all__ = ["check_pdq_index"]
