#!/usr/bin/env bash
# Regenerates the name-finder model and gazetteers shipped in privacy-ai-impl from a fixed seed.
#   tools/train-name-model.sh              write into privacy-ai-impl/src/main/resources/dev/privacyai/impl/redaction
#   tools/train-name-model.sh --verify     regenerate into a temp dir and compare SHA-256 with the shipped files
#   tools/train-name-model.sh --out DIR --corpus my-sentences.txt   train on your own OpenNLP-format corpus
# Extra arguments go to dev.privacyai.tools.training.TrainNameModel (see its Javadoc).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -f tools/model-training/pom.xml compile dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt >/dev/null
CP="tools/model-training/target/classes:$(cat tools/model-training/target/classpath.txt)"
MAIN=dev.privacyai.tools.training.TrainNameModel
if [[ "${1:-}" == "--verify" ]]; then
  shift
  TMP="$(mktemp -d)"
  trap 'rm -rf "$TMP"' EXIT
  java -cp "$CP" "$MAIN" --out "$TMP" "$@"
  SHIPPED=privacy-ai-impl/src/main/resources/dev/privacyai/impl/redaction
  status=0
  for f in models/en-contact-center-ner.bin gazetteer/first-names.txt gazetteer/last-names.txt gazetteer/places.txt gazetteer/english-words.txt; do
    a="$(sha256sum "$TMP/$f" | cut -d' ' -f1)"
    b="$(sha256sum "$SHIPPED/$f" | cut -d' ' -f1)"
    if [[ "$a" == "$b" ]]; then echo "IDENTICAL $a $f"; else echo "DIFFERENT $f: regenerated $a, shipped $b"; status=1; fi
  done
  exit $status
fi
exec java -cp "$CP" "$MAIN" "$@"
