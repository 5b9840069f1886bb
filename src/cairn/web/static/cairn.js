/* Cairn review app: keyboard grading, one-at-a-time reveals, resolving disagreements.
 * Served from this server only (the Content-Security-Policy allows no other script).
 * Media protection is the server's job: it serves blurred greyscale renderings unless a
 * reveal was recorded; this script only asks for a reveal and shows what comes back. */
(function () {
  "use strict";

  var meta = document.querySelector('meta[name="csrf-token"]');
  var csrf = meta ? meta.getAttribute("content") : "";

  function post(url, body) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify(body || {}),
    }).then(function (res) {
      return res
        .json()
        .catch(function () {
          return { ok: false, error: "HTTP " + res.status };
        })
        .then(function (data) {
          if (!res.ok || !data.ok) {
            throw new Error(data.error || "HTTP " + res.status);
          }
          return data;
        });
    });
  }

  function say(el, text) {
    if (el) {
      el.textContent = text;
    }
  }

  /* --- reveals: at most one item unblurred at a time ----------------------------------- */

  var shown = null; // the element currently revealed

  function cover(el) {
    if (!el) {
      return;
    }
    el.classList.remove("revealed");
    var img = el.querySelector("img");
    if (img && el.dataset.protected) {
      img.src = el.dataset.protected;
    }
    if (shown === el) {
      shown = null;
    }
  }

  function reveal(el, large) {
    if (shown === el) {
      cover(el);
      return Promise.resolve(false);
    }
    return post(el.dataset.reveal).then(function (data) {
      cover(shown);
      // A video's rendering is its contact sheet: it is revealed like a still, and no
      // <video> element is ever made (nothing plays, no audio).
      var img = el.querySelector("img");
      if (img) {
        img.src = large ? data.view : data.thumb;
      }
      el.classList.add("revealed");
      shown = el;
      return true;
    });
  }

  /* --- the grading grid ---------------------------------------------------------------- */

  function keyOf(event) {
    var code = event.code || "";
    if (code.indexOf("Digit") === 0) {
      return code.slice(5);
    }
    if (code.indexOf("Numpad") === 0 && code.length === 7) {
      return code.slice(6);
    }
    return (event.key || "").length === 1 ? event.key.toLowerCase() : event.key;
  }

  function setupGrading(root) {
    var keys = JSON.parse(root.dataset.keys || "[]");
    var byKey = {};
    keys.forEach(function (k) {
      byKey[k.key] = k;
    });
    var tiles = Array.prototype.slice.call(root.querySelectorAll(".tile"));
    var status = document.getElementById("status");
    var remaining = document.getElementById("remaining");
    var focus = -1;
    var busy = false;

    function setFocus(index) {
      if (!tiles.length) {
        return;
      }
      index = Math.max(0, Math.min(tiles.length - 1, index));
      if (focus >= 0 && tiles[focus]) {
        tiles[focus].classList.remove("focused");
      }
      focus = index;
      var tile = tiles[focus];
      tile.classList.add("focused");
      tile.focus({ preventScroll: true });
      tile.scrollIntoView({ block: "nearest" });
    }

    function nextOpen(from) {
      for (var i = from + 1; i < tiles.length; i++) {
        if (!tiles[i].classList.contains("graded")) {
          return i;
        }
      }
      for (var j = 0; j <= from && j < tiles.length; j++) {
        if (!tiles[j].classList.contains("graded")) {
          return j;
        }
      }
      return -1;
    }

    function grade(key, whole) {
      var tile = tiles[focus];
      var members = [tile];
      if (whole && tile.dataset.group) {
        members = tiles.filter(function (t) {
          return t.dataset.group === tile.dataset.group;
        });
      }
      var ids = members.map(function (t) {
        return Number(t.dataset.item);
      });
      busy = true;
      say(status, "Saving…");
      return post(root.dataset.voteUrl, { items: ids, code: key.code })
        .then(function (data) {
          var fresh = 0;
          var bySha = {};
          data.grades.forEach(function (g) {
            bySha[g.sha256] = g;
          });
          members.forEach(function (t) {
            if (!t.classList.contains("graded")) {
              fresh += 1;
            }
            t.classList.add("graded");
            t.dataset.vote = key.code;
            var mark = t.querySelector("[data-vote]");
            var state = bySha[t.dataset.sha];
            say(mark, key.code + (state ? " · " + state.status : ""));
            if (shown === t) {
              cover(t);
            }
          });
          if (remaining) {
            remaining.textContent = String(Math.max(0, Number(remaining.textContent) - fresh));
          }
          var last = tiles.indexOf(members[members.length - 1]);
          var next = nextOpen(last);
          say(
            status,
            "Graded " + ids.length + " item" + (ids.length === 1 ? "" : "s") + " as " + key.label + "." +
              (next < 0 ? " Nothing left on this page." : "")
          );
          if (next >= 0) {
            setFocus(next);
          }
        })
        .catch(function (err) {
          say(status, "Not saved: " + err.message);
        })
        .then(function () {
          busy = false;
        });
    }

    document.addEventListener("keydown", function (event) {
      if (event.target && event.target.closest && event.target.closest("input, textarea, select, button")) {
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || busy || !tiles.length) {
        return;
      }
      var key = keyOf(event);
      if (focus < 0) {
        setFocus(0);
      }
      var tile = tiles[focus];
      if (key === "ArrowRight" || key === "j") {
        setFocus(focus + 1);
      } else if (key === "ArrowLeft" || key === "k") {
        setFocus(focus - 1);
      } else if (key === " " || key === "s") {
        var next = nextOpen(focus);
        if (shown === tile) {
          cover(tile);
        }
        say(status, "Skipped.");
        if (next >= 0) {
          setFocus(next);
        }
      } else if (key === "r") {
        reveal(tile, false)
          .then(function (on) {
            say(status, on ? "Revealed item " + tile.dataset.item + " (recorded)." : "Covered again.");
          })
          .catch(function (err) {
            say(status, "Not revealed: " + err.message);
          });
      } else if (key === "Enter") {
        window.location.href = tile.dataset.detail;
      } else if (byKey[key]) {
        grade(byKey[key], event.shiftKey);
      } else {
        return;
      }
      event.preventDefault();
    });

    tiles.forEach(function (tile, index) {
      tile.addEventListener("click", function () {
        setFocus(index);
      });
    });
    if (tiles.length) {
      setFocus(0);
    }
    root.dataset.ready = "1";
  }

  /* --- the detail page's reveal button ------------------------------------------------- */

  function setupDetail(figure) {
    var button = figure.querySelector("[data-reveal-button]");
    var status = figure.querySelector(".status");
    function toggle() {
      reveal(figure, true)
        .then(function (on) {
          say(status, on ? "Revealed (recorded in the audit log)." : "Protected view.");
          say(button, on ? "Cover (R)" : "Reveal (R)");
        })
        .catch(function (err) {
          say(status, "Not revealed: " + err.message);
        });
    }
    if (button) {
      button.addEventListener("click", toggle);
      document.addEventListener("keydown", function (event) {
        if (keyOf(event) === "r" && !event.ctrlKey && !event.metaKey && !event.altKey) {
          event.preventDefault();
          toggle();
        }
      });
    }
  }

  /* --- resolving disagreements (leads) ------------------------------------------------- */

  function setupResolve(button) {
    button.addEventListener("click", function () {
      var status = button.parentNode.querySelector(".status");
      post(button.dataset.resolve, { code: button.dataset.code })
        .then(function (data) {
          say(status, "Resolved as " + data.grade.code + ".");
        })
        .catch(function (err) {
          say(status, "Not saved: " + err.message);
        });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var grading = document.getElementById("grading");
    if (grading) {
      setupGrading(grading);
    }
    var figure = document.querySelector("figure.rendering");
    if (figure) {
      setupDetail(figure);
    }
    Array.prototype.forEach.call(document.querySelectorAll("[data-resolve]"), setupResolve);
  });
})();
