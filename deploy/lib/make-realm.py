#!/usr/bin/env python3
"""Writes the topology's realm file from the product's realm file (keycloak-realm/realm/vardkedjan-realm.json).

Kept from the product's realm: roles, unit groups, flows (staff-browser: password and TOTP), policies, user profile.
Replaced: the staff and portal clients' secrets (generated, from secrets.env); the demo's provider API clients and
demo accounts are left out; instead the staff users of staff-users.tsv (username, password, TOTP secret in base32)
are added as caseworkers of unit nord-beroende with their password and an authenticator (TOTP) already set up, so a
test can log in without the first-login setup; and the provider staff users of PROVIDER_USERS_TSV (the same columns,
optional) as staff (role provider_staff) of the provider organisation kompassen-oppenvard (the product realm's group
/providers/kompassen-oppenvard, whose provider_organisation attribute the app reads; the fault test's data sends
assignments to it). Usage: make-realm.py PRODUCT_REALM SECRETS_ENV STAFF_USERS_TSV OUT [PROVIDER_USERS_TSV]
"""
import json
import sys


def read_env(path):
    values = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#") and "=" in line:
                key, value = line.split("=", 1)
                values[key] = value
    return values


PROVIDER_GROUP = "/providers/kompassen-oppenvard"


def main(product_realm, secrets_env, staff_users_tsv, out, provider_users_tsv=None):
    with open(product_realm, encoding="utf-8") as f:
        realm = json.load(f)
    secrets = read_env(secrets_env)
    wanted = {
        "vardkedjan-staff": secrets["STAFF_CLIENT_SECRET"],
        "vardkedjan-portal": secrets["PORTAL_CLIENT_SECRET"],
    }
    clients = []
    for client in realm["clients"]:
        if client["clientId"] in wanted:
            client["secret"] = wanted[client["clientId"]]
            clients.append(client)
        # provider-* clients carry demo secrets: a production realm creates its own (docs/operations.md)
    realm["clients"] = clients
    otp = dict(subType="totp", digits=realm.get("otpPolicyDigits", 6), counter=0,
               period=realm.get("otpPolicyPeriod", 30), algorithm=realm.get("otpPolicyAlgorithm", "HmacSHA1"),
               secretEncoding="BASE32")
    if PROVIDER_GROUP.rsplit("/", 1)[1] not in [g["name"] for p in realm["groups"] if p["name"] == "providers"
                                                 for g in p.get("subGroups", [])]:
        sys.exit(f"make-realm.py: the product realm has no group {PROVIDER_GROUP}")
    users = read_users(staff_users_tsv, otp, "Testhandläggare", "caseworker", "/units/nord-beroende")
    if provider_users_tsv:
        users += read_users(provider_users_tsv, otp, "Testutförare", "provider_staff", PROVIDER_GROUP)
    realm["users"] = users
    with open(out, "w", encoding="utf-8") as f:
        json.dump(realm, f, ensure_ascii=False, indent=1)


def read_users(tsv, otp, first_name, role, group):
    users = []
    with open(tsv, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            username, password, totp_secret = line.rstrip("\n").split("\t")
            users.append({
                "username": username,
                "enabled": True,
                "email": f"{username}@topologi.vardkedjan.invalid",
                "emailVerified": True,
                "firstName": first_name,
                "lastName": f"Nummer {number}",
                "attributes": {"locale": ["sv"]},
                "credentials": [
                    {"type": "password", "value": password, "temporary": False},
                    {"type": "otp", "userLabel": "Topologins test",
                     "secretData": json.dumps({"value": totp_secret}),
                     "credentialData": json.dumps(otp)},
                ],
                "requiredActions": [],
                "realmRoles": [role],
                "groups": [group],
            })
    return users


if __name__ == "__main__":
    if len(sys.argv) not in (5, 6):
        sys.exit(__doc__)
    main(*sys.argv[1:])
