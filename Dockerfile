# syntax=docker/dockerfile:1
# Build a static binary, then ship it alone with time zones and CA roots,
# running as a non-root user with the database on the /data volume.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -tags timetzdata -ldflags="-s -w" -o /out/briefbot ./cmd/briefbot \
 && mkdir -p /out/data \
 && echo 'briefbot:x:10001:10001:briefbot:/data:/nonexistent' > /out/passwd \
 && echo 'briefbot:x:10001:' > /out/group

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=build /usr/share/zoneinfo /usr/share/zoneinfo
COPY --from=build /out/passwd /etc/passwd
COPY --from=build /out/group /etc/group
COPY --from=build --chown=10001:10001 /out/data /data
COPY --from=build /out/briefbot /usr/local/bin/briefbot
USER 10001:10001
WORKDIR /data
ENV BRIEFBOT_DB=/data/briefbot.db
VOLUME /data
ENTRYPOINT ["/usr/local/bin/briefbot"]
CMD ["run"]
