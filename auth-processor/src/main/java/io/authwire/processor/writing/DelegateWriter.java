package io.authwire.processor.writing;

import static io.authwire.processor.writing.ClientWriter.CLIENT;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Types;

/** Writes the override of an interface method, which calls the Feign proxy. */
final class DelegateWriter {
  private final Types types;

  DelegateWriter(Types types) {
    this.types = types;
  }

  /** An override that keeps the interface's type-use annotations and calls the proxy. */
  MethodSpec delegate(ExecutableElement method, DeclaredType apiType) {
    MethodSpec signature = MethodSpec.overriding(method, apiType, types).build();
    ExecutableType resolved = (ExecutableType) types.asMemberOf(apiType, method);
    MethodSpec.Builder override =
        MethodSpec.methodBuilder(signature.name())
            .addAnnotation(Override.class)
            .addModifiers(signature.modifiers())
            .addTypeVariables(signature.typeVariables())
            .returns(AnnotatedTypes.get(resolved.getReturnType()))
            .addExceptions(signature.exceptions())
            .varargs(method.isVarArgs());
    List<String> names = new ArrayList<>();
    for (int i = 0; i < signature.parameters().size(); i++) {
      String name = signature.parameters().get(i).name();
      names.add(name);
      override.addParameter(AnnotatedTypes.get(resolved.getParameterTypes().get(i)), name);
    }
    CodeBlock call =
        CodeBlock.of(
            "$L.api().$N($L)",
            names.contains(CLIENT) ? "this." + CLIENT : CLIENT,
            method.getSimpleName(),
            String.join(", ", names));
    if (resolved.getReturnType().getKind() == TypeKind.VOID) {
      override.addStatement(call);
    } else {
      override.addStatement("return $L", call);
    }
    return override.build();
  }
}
