/** The annotations that mark a Feign interface for Authwire. They need nothing at run time. */
module io.authwire.annotations {
  exports io.authwire;
}
