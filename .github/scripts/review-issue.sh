#!/usr/bin/env bash
# Keeps one open issue "Entries due for review" in step with `care-map review`:
# opens it, updates its text, or closes it when nothing is due. Needs the gh
# CLI with GH_TOKEN (issues: write). The issue's text comes from
# `care-map review --format markdown`, which counts private entries and never
# names them.
set -euo pipefail
title="Entries due for review"
here="$(dirname "$0")/../.."
body="$(mktemp)"
trap 'rm -f "$body"' EXIT

node "$here/bin/care-map.js" review --format markdown > "$body"
# With errors in the content, review prints nothing: leave the issue as it is and fail, so someone looks.
due="$(node "$here/bin/care-map.js" review --format json | node -e 'let s="";process.stdin.on("data",(c)=>(s+=c)).on("end",()=>console.log(s.trim()?JSON.parse(s).due.length:-1))')"
if [ "$due" -lt 0 ]; then
  echo "The content has errors: run \"care-map check\" and fix them; the issue was left as it is." >&2
  exit 1
fi
issue="$(gh issue list --state open --search "\"$title\" in:title" --json number,title --jq ".[] | select(.title == \"$title\") | .number" | head -n 1)"

if [ "$due" -gt 0 ]; then
  if [ -n "$issue" ]; then
    gh issue edit "$issue" --body-file "$body"
    echo "Updated issue #$issue: $due entries due."
  else
    gh issue create --title "$title" --body-file "$body"
    echo "Opened the issue: $due entries due."
  fi
elif [ -n "$issue" ]; then
  gh issue close "$issue" --comment "Nothing is due for review any more: every entry was checked recently. Thank you!"
  echo "Closed issue #$issue: nothing is due."
else
  echo "Nothing is due for review."
fi
