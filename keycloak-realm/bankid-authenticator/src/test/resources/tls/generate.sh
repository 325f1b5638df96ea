#!/bin/sh
# Regenerates the test CA, server and client certificates (run from this folder).
set -e
openssl req -x509 -newkey rsa:2048 -nodes -days 36500 -subj "/CN=Test BankID CA" -keyout ca.key -out ca.pem \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
for name in server client; do
  openssl req -newkey rsa:2048 -nodes -subj "/CN=test-$name" -keyout $name.key -out $name.csr
  if [ $name = server ]; then ext="subjectAltName=DNS:localhost,IP:127.0.0.1
extendedKeyUsage=serverAuth"; else ext="extendedKeyUsage=clientAuth"; fi
  printf '%s\n' "$ext" > $name.ext
  openssl x509 -req -in $name.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 36500 -out $name.pem -extfile $name.ext
  openssl pkcs12 -export -in $name.pem -inkey $name.key -certfile ca.pem -name $name -out $name.p12 -passout pass:qwerty123
  rm -f $name.csr $name.ext $name.key $name.pem
done
rm -f ca.key ca.srl
