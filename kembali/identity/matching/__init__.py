"""Names, dates and places read and compared; compiled by mypyc where it has been
(`compiled`)."""

from . import compiled

COMPILED = compiled.activate(__path__)
