"""Netra: attendance, pledge and integrity pact for an ASN neutrality ceremony, fully offline.

The constants here are the only ones ``build.spec`` and the Qt application read.
"""

APP_NAME = "Netra"
APP_ID = "netra"
ORGANIZATION_NAME = "Netra"
ORGANIZATION_DOMAIN = "netra.local"
__version__ = "0.1.0"
