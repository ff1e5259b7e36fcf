"""A Prefect server textclean starts answers only its own clients: no other local user can start runs."""

from __future__ import annotations

import os

import httpx
import pytest

from textclean.flows.serve import API_USER, start_local_server, start_temporary_server, wait_until_healthy

pytestmark = pytest.mark.slow


def test_the_temporary_server_refuses_requests_without_its_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PREFECT_API_AUTH_STRING", raising=False)
    server = start_temporary_server()
    try:
        wait_until_healthy(server)  # the health check needs no credentials
        secret = os.environ["PREFECT_API_AUTH_STRING"]  # what this process's Prefect clients send
        user, password = secret.split(":", 1)
        assert user == API_USER and len(password) >= 24
        body = {"deployments": {}}
        anyone = httpx.post(f"{server.api_url}/deployments/filter", json=body, timeout=10)
        wrong = httpx.post(f"{server.api_url}/deployments/filter", json=body, timeout=10, auth=(user, "guess"))
        ours = httpx.post(f"{server.api_url}/deployments/filter", json=body, timeout=10, auth=(user, password))
        assert (anyone.status_code, wrong.status_code, ours.status_code) == (401, 401, 200)
    finally:
        server.stop()
        monkeypatch.delenv("PREFECT_API_AUTH_STRING", raising=False)


def test_serves_ui_talks_to_its_own_api_which_wants_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """The UI of `textclean serve`'s server is told that server's own API URL (not Prefect's default port 4200)."""
    monkeypatch.delenv("PREFECT_API_AUTH_STRING", raising=False)
    server = start_local_server()
    try:
        settings = httpx.get(f"{server.url}/ui-settings", timeout=10).json()
        assert settings["api_url"] == server.api_url
        assert httpx.post(f"{server.api_url}/deployments/filter", json={}, timeout=10).status_code == 401
    finally:
        server.stop()
        monkeypatch.delenv("PREFECT_API_AUTH_STRING", raising=False)
