package io.authwire.processor;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Hand-written interfaces in every shape that OpenFeign 13.9's contract tests accept: verbs, body
 * and form parameters, literal and templated bodies, query strings in the request line, headers on
 * the type and on methods, {@code URI} parameters, expanders, query and header maps and objects,
 * {@code decodeSlash}, static and default methods, and inheritance to any depth, generic and
 * overridden, through parents with two parents.
 *
 * <p>Paths start with what {@link RecordingServer} should answer. A type variable that a parameter
 * uses is bound to {@code Item}, the one object the corpus test passes for it.
 */
final class Shapes {
  private static final String AUTH =
      "@io.authwire.ApiKeyAuth(envPrefix = \"CORPUS\", header = \"X-Corpus-Key\")\n";

  /** Annotated interfaces by simple name, each in package {@code corpus}. */
  private static final Map<String, String> CLIENTS =
      Map.ofEntries(
          Map.entry(
              "Verbs",
              """
              public interface Verbs {
                @RequestLine("POST /str/verbs") void post();
                @RequestLine("PUT /str/verbs") void put();
                @RequestLine("GET /str/verbs") void get();
                @RequestLine("DELETE /str/verbs") void delete();
                @RequestLine("DELETE") void verbOnly();
              }
              """),
          Map.entry(
              "Bodies",
              """
              public interface Bodies {
                @RequestLine("POST /str/bodies") String list(List<String> body);
                @RequestLine("PUT /str/offers/{id}") void offer(@Param("id") int id, List<String> body);
                @RequestLine("POST /str/xml")
                @Headers("Content-Type: application/xml")
                @Body("<v01:getAccountsListOfUser/>")
                String literal();
                @RequestLine("POST /str/login")
                @Body("%7B\\"customer_name\\": \\"{customer_name}\\", \\"password\\": \\"{password}\\"%7D")
                void login(@Param("customer_name") String customer, @Param("password") String password);
              }
              """),
          Map.entry(
              "Queries",
              """
              public interface Queries {
                @RequestLine("GET /str/q?Action=GetUser") String one();
                @RequestLine("GET /str/q?Action=GetUser&Version=2010-05-08&limit=1") String three();
                @RequestLine("GET /str/q?flag&Action=GetUser") String withEmpty();
                @RequestLine("GET /str/q?flag&NoErrors") String twoEmpty();
                @RequestLine("GET /str/domains/{domainId}/records?name={name}&type={type}")
                String records(@Param("domainId") int id, @Param("name") String name,
                    @Param("type") String type);
                @RequestLine("GET /str/_search?q=body:{body}") String substring(@Param("body") String body);
                @RequestLine(value = "GET /str/queues/{vhost}", decodeSlash = false)
                String queues(@Param("vhost") String vhost);
              }
              """),
          Map.entry(
              "TypeHeaders",
              """
              @Headers({"Content-Type:    application/xml   ", "Authorization: Bearer {authHdr}"})
              public interface TypeHeaders {
                @RequestLine("POST /str/xml") @Body("<empty/>") String post(@Param("authHdr") String auth);
                @RequestLine("POST /str/token")
                @Headers({"X-Session: {authToken}", "X-Session: Foo"})
                void logout(@Param("authToken") String token, @Param("authHdr") String auth);
              }
              """),
          Map.entry(
              "UriAndExpanders",
              """
              public interface UriAndExpanders {
                @RequestLine("GET /str/{1}/{2}")
                @SuppressWarnings("authwire:uri-parameter")
                String uri(@Param("1") String one, java.net.URI endpoint, @Param("2") String two);
                @RequestLine("GET /str/clock?clock={clock}")
                void clock(@Param(value = "clock", expander = Expanders.Millis.class) java.time.Instant clock);
                @RequestLine("GET /str/path?query={query}")
                String lower(@Param(value = "query", expander = Expanders.LowerCase.class) String query);
              }
              """),
          Map.entry(
              "Maps",
              """
              public interface Maps {
                @RequestLine("GET /str/qm") String query(@QueryMap Map<String, String> query);
                @RequestLine("GET /str/qs") String sorted(@QueryMap SortedMap<String, String> query);
                @RequestLine("GET /str/qo") String queryObject(@QueryMap Object query);
                @RequestLine("GET /str/qi") String queryItem(@QueryMap Item query);
                @RequestLine("GET /str/hb") String headerBag(@HeaderMap HeaderBag headers);
                @RequestLine("GET /str/hi") String headerItem(@HeaderMap Item headers);
                @RequestLine("GET /str/ho") String headerObject(@HeaderMap Object headers);
              }
              """),
          Map.entry(
              "StaticAndDefault",
              """
              public interface StaticAndDefault {
                @RequestLine("GET /str/sd/{key}") String get(@Param("key") String key);
                static String staticMethod() { return "static"; }
                default String defaultGet(String key) { return get(key + "!"); }
              }
              """),
          Map.entry(
              "Parameterized",
              """
              @Headers("Version: 1")
              public interface Parameterized extends ParameterizedBase<Item, Item> {}
              """),
          Map.entry(
              "SimpleParameterized",
              """
              public interface SimpleParameterized extends SimpleParameterizedBase<Item> {}
              """),
          Map.entry(
              "OverrideParameterized",
              """
              public interface OverrideParameterized extends SimpleParameterizedBase<Item> {
                @Override @RequestLine("GET /obj/v2/{key}") Item get(@Param("key") String key);
              }
              """),
          Map.entry(
              "OverrideSimple",
              """
              public interface OverrideSimple extends SimpleBase {
                @Override @RequestLine("GET /str/v2/{key}") String get(@Param("key") String key);
              }
              """),
          Map.entry(
              "GrandChild",
              """
              public interface GrandChild extends GenericChild<Item> {}
              """),
          Map.entry(
              "InheritedHeaderVariables",
              """
              public interface InheritedHeaderVariables extends HeaderBase {
                @RequestLine("GET /str/api/{zoneId}")
                @Headers("Accept: application/json")
                String zoneAccept(@Param("zoneId") String zone, @Param("authHdr") String auth);
                @RequestLine("GET /str/api/{zoneId}")
                String zone(@Param("zoneId") String zone, @Param("authHdr") String auth);
              }
              """),
          Map.entry(
              "RedeclaredInParent",
              """
              public interface RedeclaredInParent extends ServiceBase<Item> {}
              """),
          Map.entry(
              "RedeclaredInTarget",
              """
              @Headers("Foo: Bar")
              public interface RedeclaredInTarget extends Service<Item> {
                @Override @RequestLine("GET /obj/api/{key}") Item get(@Param("key") String key);
                @Override @RequestLine("POST /str/api/{key}") @Body("%7B\\"value\\": \\"{value}\\"%7D")
                void update(@Param("key") String key, @Param("value") Item value);
              }
              """),
          Map.entry(
              "SharedRoot",
              """
              public interface SharedRoot extends BothSides<Item> {}
              """));

  /** The parents and helpers the clients use, by simple name. */
  private static final Map<String, String> SUPPORT =
      Map.ofEntries(
          Map.entry(
              "Expanders",
              """
              public final class Expanders {
                public static final class Millis implements Param.Expander {
                  @Override public String expand(Object value) {
                    return String.valueOf(((java.time.Instant) value).toEpochMilli());
                  }
                }
                public static final class LowerCase implements Param.Expander {
                  @Override public String expand(Object value) {
                    return value.toString().toLowerCase(Locale.ROOT);
                  }
                }
              }
              """),
          Map.entry(
              "HeaderBag",
              """
              public class HeaderBag extends TreeMap<String, String> {
                private static final long serialVersionUID = 1L;
              }
              """),
          Map.entry(
              "ParameterizedBase",
              """
              @Headers("Foo: Bar")
              public interface ParameterizedBase<K, M> {
                @RequestLine("GET /obj/base/{key}") M get(@Param("key") K key);
                @RequestLine("POST /arr/base") List<M> all(List<K> keys);
              }
              """),
          Map.entry(
              "SimpleParameterizedBase",
              """
              @Headers("Foo: Bar")
              public interface SimpleParameterizedBase<M> {
                @RequestLine("GET /obj/simple/{key}") M get(@Param("key") String key);
              }
              """),
          Map.entry(
              "SimpleBase",
              """
              @Headers("Foo: Bar")
              public interface SimpleBase {
                @RequestLine("GET /str/simple/{key}") String get(@Param("key") String key);
              }
              """),
          Map.entry(
              "GenericBase",
              """
              public interface GenericBase<M> {
                @RequestLine("GET /arr/generic/{key}") M get(@Param("key") String key);
              }
              """),
          Map.entry(
              "GenericChild",
              """
              @Headers("X-Child: {child}")
              public interface GenericChild<T> extends GenericBase<List<T>> {
                @RequestLine("POST /str/generic") void add(T value, @Param("child") String child);
              }
              """),
          Map.entry(
              "HeaderBase",
              """
              @Headers("Authorization: {authHdr}")
              public interface HeaderBase {}
              """),
          Map.entry(
              "FirstService",
              """
              public interface FirstService<T> { T get(String key); }
              """),
          Map.entry(
              "SecondService",
              """
              public interface SecondService<T> { void update(String key, T value); }
              """),
          Map.entry(
              "ServiceBase",
              """
              @Headers("Foo: Bar")
              public interface ServiceBase<T> extends FirstService<T>, SecondService<T> {
                @Override @RequestLine("GET /obj/api/{key}") T get(@Param("key") String key);
                @Override @RequestLine("POST /str/api/{key}") @Body("%7B\\"value\\": \\"{value}\\"%7D")
                void update(@Param("key") String key, @Param("value") T value);
              }
              """),
          Map.entry(
              "Service",
              """
              public interface Service<T> extends FirstService<T>, SecondService<T> {}
              """),
          Map.entry(
              "Root",
              """
              public interface Root<T> {
                @RequestLine("GET /obj/root/{key}") T get(@Param("key") String key);
              }
              """),
          Map.entry(
              "LeftSide",
              """
              public interface LeftSide<T> extends Root<T> {
                @RequestLine("GET /str/left") String left();
              }
              """),
          Map.entry(
              "RightSide",
              """
              public interface RightSide<T> extends Root<T> {}
              """),
          Map.entry(
              "BothSides",
              """
              public interface BothSides<T> extends LeftSide<T>, RightSide<T> {}
              """));

  private Shapes() {}

  /** Qualified names of the annotated interfaces. */
  static List<String> clients() {
    return CLIENTS.keySet().stream().sorted().map(name -> "corpus." + name).toList();
  }

  static List<JavaFileObject> sources() {
    List<JavaFileObject> sources = new ArrayList<>();
    CLIENTS.forEach((name, body) -> sources.add(source(name, AUTH + body)));
    SUPPORT.forEach((name, body) -> sources.add(source(name, body)));
    return sources;
  }

  private static JavaFileObject source(String name, String body) {
    return JavaFileObjects.forSourceString(
        "corpus." + name, "package corpus;\nimport feign.*;\nimport java.util.*;\n" + body);
  }
}
