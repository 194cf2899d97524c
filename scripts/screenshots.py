"""Take screenshots of a running app in a real browser (Debian's chromium).

    python scripts/screenshots.py --url http://127.0.0.1:7860 --out docs

Opens the app with its interface in each language given (``?lang=``), asks one
question in that language and saves docs/screenshot-<lang>.png. Also records
every network request and fails if any goes to another host.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from urllib.parse import urlparse

QUESTIONS = {
    "en": "What does data minimisation mean?",
    "es": "¿Qué significa la minimización de datos?",
    "ar": "ما هي مبادئ اليونسكو لأخلاقيات الذكاء الاصطناعي؟",
    "fr": "Comment vérifier une réponse d'IA générative ?",
}


CIVICLY_MESSAGES = {
    "en": "Strong smell of gas near the primary school on Oak Drive, children are inside!",
    "ar": "يوجد تسرب مياه كبير في الشارع الرئيسي منذ الصباح والمياه تغمر الرصيف",
}


def main() -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://127.0.0.1:7860")
    parser.add_argument("--out", type=Path, default=Path("docs"))
    parser.add_argument("--langs", default="en,es,ar")
    parser.add_argument("--civicly", action="store_true", help="also the Civicly tab (en, ar)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app_host = urlparse(args.url).netloc
    hosts: set[str] = set()
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        for lang in args.langs.split(","):
            page = browser.new_page(viewport={"width": 1200, "height": 1000})
            page.on("request", lambda request: hosts.add(urlparse(request.url).netloc))
            page.goto(f"{args.url}/?lang={lang}")
            page.locator("#feedback-list h4").wait_for(timeout=60000)
            page.locator("#question textarea").fill(QUESTIONS[lang])
            page.locator("#ask").click()
            page.locator("#chat .bot").last.locator("details").first.wait_for(timeout=120000)
            page.locator("#chat .bot details summary").first.click()
            page.wait_for_timeout(1000)
            page.screenshot(path=str(args.out / f"screenshot-{lang}.png"), full_page=True)
            page.close()
        if args.civicly:
            for lang, text in CIVICLY_MESSAGES.items():
                page = browser.new_page(viewport={"width": 1200, "height": 1000})
                page.on("request", lambda request: hosts.add(urlparse(request.url).netloc))
                page.goto(f"{args.url}/?lang={lang}")
                page.locator("#feedback-list h4").wait_for(timeout=60000)
                page.locator("#tab-exercises-button, [id^=tab-exercises]").first.click()
                page.locator("#civicly-tab").click()
                page.locator("#civicly-text textarea").fill(text)
                page.locator("#civicly-classify").click()
                page.wait_for_selector("#civicly-result strong", timeout=300000)
                page.locator("#civicly-audit").click()
                page.wait_for_selector("#civicly-audit-result table", timeout=300000)
                page.wait_for_timeout(2000)
                page.screenshot(path=str(args.out / f"civicly-{lang}.png"), full_page=True)
                page.close()
        browser.close()
    others = {h for h in hosts if h and h != app_host}
    print("hosts requested:", sorted(hosts))
    if others:
        raise SystemExit(f"requests to other hosts: {sorted(others)}")


if __name__ == "__main__":
    main()
