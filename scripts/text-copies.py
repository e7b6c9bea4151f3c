#!/usr/bin/env python3
"""Makes browser text copies of the Readability test pages, as a user's Select All + Copy gives them.

For every page folder in the corpus it renders source.html in headless Chromium and writes
  OUT/<page>/full.txt     document.body.innerText (the whole page, as Select All + Copy)
  OUT/<page>/article.txt  innerText of the smallest element holding the article (a user who
                          selects just the article): the smallest element whose text holds at
                          least 90 % of the words of expected.html
Scripts of the page itself are not run (--blink-settings=scriptEnabled=false would also stop
ours, so the page's <script> elements are removed before rendering); nothing is fetched.

  python3 scripts/text-copies.py [CORPUS] [OUT]
CORPUS defaults to ../shared/corpora/readability-test-pages, OUT to target/text-copies.
Skips (exit 0 with a message) when Chromium is absent. `chronicle bench-extract DIR --copies OUT`
scores them.
"""
import html, json, os, re, shutil, subprocess, sys, tempfile

corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/readability-test-pages"
out = sys.argv[2] if len(sys.argv) > 2 else "target/text-copies"
chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
if not chromium:
    print("skipping: Chromium not found (Debian: apt-get install chromium)")
    sys.exit(0)

PROBE = """
<script>
(function () {
  var expected = %s;
  function words(s) { return (s.toLowerCase().match(/[\\p{L}\\p{N}]+/gu) || []); }
  var want = new Set(words(expected));
  function coverage(el) {
    var have = new Set(words(el.innerText || ""));
    var hit = 0; want.forEach(function (w) { if (have.has(w)) hit++; });
    return want.size ? hit / want.size : 0;
  }
  var full = document.body ? document.body.innerText : "";
  var best = document.body, bestLen = full.length;
  if (want.size > 0) {
    var all = document.body ? document.body.getElementsByTagName("*") : [];
    for (var i = 0; i < all.length; i++) {
      var el = all[i], t = el.innerText || "";
      if (t.length >= bestLen || t.length < expected.length * 0.5) continue;
      if (coverage(el) >= 0.9) { best = el; bestLen = t.length; }
    }
  }
  // A user selects from the headline down: widen the container to the headline when that
  // does not more than double it.
  var h1 = document.body ? document.body.querySelector("h1") : null;
  if (best && h1 && !best.contains(h1)) {
    var up = best.parentElement;
    while (up && !up.contains(h1)) up = up.parentElement;
    if (up && (up.innerText || "").length <= bestLen * 2.5) best = up;
  }
  var article = best ? best.innerText : full;
  var pre = document.createElement("pre");
  pre.id = "chronicle-copies";
  pre.textContent = JSON.stringify({full: full, article: article});
  document.documentElement.innerHTML = "";
  document.documentElement.appendChild(pre);
})();
</script>
"""

def strip_tags(s):
    s = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", s)
    return html.unescape(re.sub(r"(?s)<[^>]+>", " ", s))

pages = sorted(p for p in os.listdir(corpus) if os.path.isfile(os.path.join(corpus, p, "source.html")))
done = 0
with tempfile.TemporaryDirectory() as tmp:
    for page in pages:
        src = open(os.path.join(corpus, page, "source.html"), "rb").read().decode("utf-8", "replace")
        expected_path = os.path.join(corpus, page, "expected.html")
        expected = strip_tags(open(expected_path, encoding="utf-8", errors="replace").read()) if os.path.exists(expected_path) else ""
        # The page's own scripts must not run; ours must.
        src = re.sub(r"(?is)<script\b[^>]*>.*?</script\s*>", "", src)
        src = re.sub(r"(?is)<meta[^>]+http-equiv=[\"']?refresh[^>]*>", "", src)
        page_file = os.path.join(tmp, "page.html")
        with open(page_file, "w", encoding="utf-8") as f:
            f.write(src + PROBE % json.dumps(expected))
        cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--user-data-dir=" + os.path.join(tmp, "profile"), "--virtual-time-budget=2000",
               "--dump-dom", "file://" + page_file]
        try:
            dom = subprocess.run(cmd, capture_output=True, timeout=60).stdout.decode("utf-8", "replace")
        except subprocess.TimeoutExpired:
            print(f"{page}: timed out", file=sys.stderr)
            continue
        m = re.search(r'<pre id="chronicle-copies">(.*?)</pre>', dom, re.S)
        if not m:
            print(f"{page}: no text", file=sys.stderr)
            continue
        copies = json.loads(html.unescape(m.group(1)))
        os.makedirs(os.path.join(out, page), exist_ok=True)
        for name in ("full", "article"):
            with open(os.path.join(out, page, name + ".txt"), "w", encoding="utf-8") as f:
                f.write(copies[name])
        done += 1
print(f"{done} of {len(pages)} pages copied to {out}")
