#!/usr/bin/env bash
# Runs the CLI's eval on every PII file of ../shared/eval (or $EVAL_DIR) and prints Markdown sections,
# the raw material of docs/accuracy.md. Build first: mvn -B -q package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL_DIR=${EVAL_DIR:-../shared/eval}
JAR=examples/cli/target/privacy-ai.jar
[ -f "$JAR" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
for f in presidio-research-synth-v2 presidio-research-generated-large polyai-nlupp-slots polyai-restaurant8k-test \
         bitext-customer-support-entities uner-en-ewt-test uner-en-ewt-dev; do
  echo "### $f"
  echo
  echo "\`java -jar $JAR eval --gold $EVAL_DIR/pii/$f.jsonl --markdown\`"
  echo
  java -jar "$JAR" eval --gold "$EVAL_DIR/pii/$f.jsonl" --markdown 2>/dev/null | sed '/^Gold: /d'
  echo
done
echo "### presidio-recognizer-vectors (conformance)"
echo
echo "\`java -jar $JAR eval --vectors $EVAL_DIR/pii/presidio-recognizer-vectors.jsonl --markdown\`"
echo
java -jar "$JAR" eval --vectors "$EVAL_DIR/pii/presidio-recognizer-vectors.jsonl" --markdown 2>/dev/null
