package test;

import feign.Param;
import feign.RequestLine;

public interface Resource<T> {

  @RequestLine("GET /{id}")
  T get(@Param("id") String id);

  @RequestLine("PUT /{id}")
  void put(@Param("id") String id, T value);
}
