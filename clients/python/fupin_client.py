#!/usr/bin/env python3
"""A minimal Python client of fupin.v1.ExtractService.

The stubs are generated at start-up from the repository's proto with grpcio-tools, so nothing
generated is checked in and the client always matches the proto beside it.

    pip install grpcio grpcio-tools
    python3 clients/python/fupin_client.py --addr 127.0.0.1:50051 page.txt
    python3 clients/python/fupin_client.py --stream --window 8 pages/*.txt > responses.jsonl

One file is sent with Extract and printed as indented JSON. With --stream, every file goes over
one ExtractStream, keeping at most --window requests in flight, and each response is printed as
one JSON line as it arrives (responses come back in request order).
"""
import argparse
import importlib
import json
import os
import sys
import tempfile
import threading
from pathlib import Path

import grpc
from google.protobuf import json_format

PROTO_ROOT = Path(__file__).resolve().parents[2] / "proto"
PROTO_FILE = "fupin/v1/extract.proto"


def load_stubs(proto_root=PROTO_ROOT):
    """Compiles the proto into a temporary directory and imports the generated modules."""
    from grpc_tools import protoc

    out = tempfile.mkdtemp(prefix="fupin_stubs_")
    include = str(Path(protoc.__file__).parent / "_proto")
    args = ["protoc", f"-I{proto_root}", f"-I{include}", f"--python_out={out}",
            f"--grpc_python_out={out}", PROTO_FILE]
    if protoc.main(args) != 0:
        raise RuntimeError(f"cannot compile {proto_root / PROTO_FILE}")
    sys.path.insert(0, out)
    messages = importlib.import_module("fupin.v1.extract_pb2")
    services = importlib.import_module("fupin.v1.extract_pb2_grpc")
    return messages, services


ENCODINGS = {"code-point": "ENCODING_CODE_POINT", "utf8": "ENCODING_UTF8", "utf16": "ENCODING_UTF16"}


def to_json(message, indent=None):
    return json_format.MessageToJson(message, indent=indent, ensure_ascii=False)


def requests_for(pb, paths, reference_date, encoding):
    for path in paths:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
        yield pb.ExtractRequest(text=text, document_id=os.path.basename(path),
                                reference_date=reference_date or "",
                                encoding=pb.Encoding.Value(ENCODINGS[encoding]))


def windowed(requests, window):
    """Yields requests while at most `window` are unanswered; `done` is released per answer."""
    slots = threading.Semaphore(window)

    def gen():
        for request in requests:
            slots.acquire()
            yield request

    return gen(), slots


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--addr", default="127.0.0.1:50051")
    parser.add_argument("--reference-date", help="YYYY-MM-DD for 今年, 去年, 12月21日")
    parser.add_argument("--encoding", choices=sorted(ENCODINGS), default="code-point")
    parser.add_argument("--stream", action="store_true", help="send every file over one ExtractStream")
    parser.add_argument("--window", type=int, default=8, help="requests in flight on the stream")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per call")
    parser.add_argument("files", nargs="+", help="UTF-8 text files; - reads standard input")
    args = parser.parse_args(argv)

    pb, services = load_stubs()
    limit = 64 * 1024 * 1024
    options = [("grpc.max_receive_message_length", limit), ("grpc.max_send_message_length", limit)]
    with grpc.insecure_channel(args.addr, options=options) as channel:
        stub = services.ExtractServiceStub(channel)
        requests = requests_for(pb, args.files, args.reference_date, args.encoding)
        if not args.stream:
            if len(args.files) != 1:
                parser.error("several files need --stream")
            try:
                response = stub.Extract(next(requests), timeout=args.timeout)
            except grpc.RpcError as e:
                print(f"fupin: {e.code().name}: {e.details()}", file=sys.stderr)
                return 1
            print(to_json(response, indent=2))
            return 0
        outbound, slots = windowed(requests, max(1, args.window))
        failed = False
        for response in stub.ExtractStream(outbound):
            slots.release()
            failed |= response.HasField("error")
            print(to_json(response))
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
