#!/usr/bin/env python3
"""Open a Pantau report.html in headless Chromium and print what the browser made of it, as JSON.

Used by Tests/PantauTests/ReportBrowserTests.swift. Only the standard library: Chromium is driven
over the DevTools protocol on a pipe (--remote-debugging-pipe: JSON messages ending in a NUL byte,
commands on fd 3, answers on fd 4), so no websocket client or driver package is needed.

The page is loaded twice: once as a reader's browser would (JavaScript on), recording every
console message, script exception, log entry and network request, and measuring the rendered
DOM; once with JavaScript off, measuring the DOM again (the report must be readable without it).
Exit status: 0 when the measurements were taken (whatever they show), 2 when the browser could
not be run; the judging is the caller's.
"""
import argparse
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time

# What the page looks like once rendered, computed in the page. Bars count only when the browser
# drew them with an area; the numbers they stand for are the td[data-value] cells of the chart's
# table (its text equivalent).
MEASURE = r"""
(() => {
  const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const charts = [...document.querySelectorAll('figure.chart')].map((figure) => {
    const svg = figure.querySelector('svg.chart-svg');
    const table = figure.querySelector('table[data-chart]');
    const cells = table ? [...table.querySelectorAll('td[data-value]')].map((td) => Number(td.getAttribute('data-value'))) : [];
    const bars = svg ? [...svg.querySelectorAll('rect.bar')] : [];
    return {
      id: figure.id,
      caption: (figure.querySelector('figcaption') || {}).textContent || '',
      svgTitle: svg && svg.querySelector('title') ? svg.querySelector('title').textContent : '',
      axisLabels: svg ? [...svg.querySelectorAll('text.axis-label')].map((t) => t.textContent).filter((t) => t.trim()) : [],
      empty: !!figure.querySelector('p.empty'),
      bars: bars.length,
      drawnBars: bars.filter(visible).length,
      barSum: bars.reduce((sum, bar) => sum + Number(bar.getAttribute('data-value')), 0),
      nonZeroCells: cells.filter((v) => v > 0).length,
      cellSum: cells.reduce((sum, v) => sum + v, 0),
      tableRows: table ? table.tBodies[0].rows.length : 0,
    };
  });
  const tables = {};
  for (const table of document.querySelectorAll('table[id]')) tables[table.id] = table.tBodies[0] ? table.tBodies[0].rows.length : 0;
  const problems = {};
  for (const table of document.querySelectorAll('table.problem-list')) problems[table.getAttribute('data-status')] = table.tBodies[0].rows.length;
  const external = [...document.querySelectorAll('[src], link[href], object[data], iframe, embed')].map((el) => el.outerHTML.slice(0, 200));
  return JSON.stringify({
    title: document.title,
    sections: [...document.querySelectorAll('main > section')].map((s) => s.id),
    charts, tables, problems, external,
    scripts: document.querySelectorAll('script').length,
    links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((h) => !h.startsWith('#')),
    text: document.body ? document.body.textContent : '',
    injected: typeof window.__pantauInjected !== 'undefined',
  });
})()
"""

# Clicks the first heading of a sortable table twice and reports the first column's order.
SORT = r"""
(() => {
  const table = document.getElementById(%s);
  if (!table) return JSON.stringify(null);
  const th = table.tHead.rows[0].cells[%d];
  const column = () => [...table.tBodies[0].rows].map((r) => r.cells[%d].getAttribute('data-sort') ?? r.cells[%d].textContent.trim());
  th.click(); const first = column(); const firstSort = th.getAttribute('aria-sort');
  th.click(); const second = column(); const secondSort = th.getAttribute('aria-sort');
  return JSON.stringify({first, firstSort, second, secondSort});
})()
"""


class Browser:
    def __init__(self, chromium, timeout):
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="pantau-chromium-")
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()

        def child_fds():
            os.dup2(to_browser_r, 3)
            os.dup2(from_browser_w, 4)

        args = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--mute-audio", "--remote-debugging-pipe",
                # Nothing may leave the machine even if the page asked: every host name fails to resolve.
                "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=" + self.profile, "about:blank"]
        self.process = subprocess.Popen(args, pass_fds=(3, 4), preexec_fn=child_fds,
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        return self.next_id

    def receive(self, deadline):
        while b"\0" not in self.buffer:
            remaining = deadline - time.time()
            if remaining <= 0:
                raise TimeoutError("the browser did not answer in time")
            ready, _, _ = select.select([self.from_browser], [], [], remaining)
            if not ready:
                continue
            chunk = os.read(self.from_browser, 1 << 16)
            if not chunk:
                raise EOFError("the browser closed its pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, params=None, session=None):
        wanted = self.send(method, params, session)
        deadline = time.time() + self.timeout
        while True:
            message = self.receive(deadline)
            if message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method, session, deadline):
        for index, event in enumerate(self.events):
            if event.get("method") == method and event.get("sessionId") == session:
                del self.events[index]
                return event
        while True:
            message = self.receive(deadline)
            self.events.append(message)
            if message.get("method") == method and message.get("sessionId") == session:
                self.events.pop()
                return message

    def close(self):
        try:
            self.send("Browser.close")
            self.process.wait(timeout=10)
        except Exception:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.profile, ignore_errors=True)


def load(browser, url, scripts, sort_checks):
    target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Page", "Runtime", "Network", "Log"):
        browser.call(domain + ".enable", None, session)
    if not scripts:
        browser.call("Emulation.setScriptExecutionDisabled", {"value": True}, session)
    browser.events = [e for e in browser.events if e.get("sessionId") != session]
    browser.call("Page.navigate", {"url": url}, session)
    browser.wait_for("Page.loadEventFired", session, time.time() + browser.timeout)
    # Let late console messages and requests arrive.
    settle = time.time() + 0.5
    try:
        while True:
            browser.events.append(browser.receive(settle))
    except TimeoutError:
        pass
    if not scripts:
        # DevTools' own evaluation still runs with the page's scripts off.
        browser.call("Emulation.setScriptExecutionDisabled", {"value": False}, session)
    measured = browser.call("Runtime.evaluate", {"expression": MEASURE, "returnByValue": True}, session)
    result = json.loads(measured["result"]["value"])
    events = [e for e in browser.events if e.get("sessionId") == session]
    result["requests"] = [e["params"]["request"]["url"] for e in events if e.get("method") == "Network.requestWillBeSent"]
    result["console"] = [
        {"type": e["params"]["type"], "text": " ".join(str(a.get("value", a.get("description", ""))) for a in e["params"]["args"])}
        for e in events if e.get("method") == "Runtime.consoleAPICalled"]
    result["exceptions"] = [e["params"]["exceptionDetails"].get("exception", {}).get("description")
                            or e["params"]["exceptionDetails"].get("text") for e in events if e.get("method") == "Runtime.exceptionThrown"]
    result["log"] = [{"level": e["params"]["entry"]["level"], "text": e["params"]["entry"]["text"]}
                     for e in events if e.get("method") == "Log.entryAdded"]
    result["sorting"] = {}
    if scripts:
        for table, column in sort_checks:
            expression = SORT % (json.dumps(table), column, column, column)
            value = browser.call("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session)
            result["sorting"][table] = json.loads(value["result"]["value"])
    browser.call("Target.closeTarget", {"targetId": target})
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", help="the report.html to open")
    parser.add_argument("--chromium", required=True, help="chromium-headless-shell or chromium")
    parser.add_argument("--sort", action="append", default=[], metavar="TABLE:COLUMN",
                        help="click this table's column heading twice and report the order")
    parser.add_argument("--timeout", type=float, default=60)
    args = parser.parse_args()
    url = "file://" + os.path.abspath(args.report)
    sort_checks = [(spec.rsplit(":", 1)[0], int(spec.rsplit(":", 1)[1])) for spec in args.sort]
    try:
        browser = Browser(args.chromium, args.timeout)
    except OSError as error:
        print(f"cannot start {args.chromium}: {error}", file=sys.stderr)
        return 2
    try:
        with_scripts = load(browser, url, True, sort_checks)
        without_scripts = load(browser, url, False, [])
    except Exception as error:  # the harness failed, not the page
        browser.process.kill()
        stderr = browser.process.stderr.read().decode(errors="replace")[-2000:]
        print(f"browser session failed: {error!r}\n{stderr}", file=sys.stderr)
        browser.close()
        return 2
    browser.close()
    json.dump({"url": url, "scripts": with_scripts, "noScripts": without_scripts}, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
