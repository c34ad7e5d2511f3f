package id.lokerbot.platform;

import java.io.IOException;

/** Thrown while reading a body that grows past the limit. */
class BodyTooLargeException extends IOException {
  BodyTooLargeException() {
    super("request body too large");
  }
}
