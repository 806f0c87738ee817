package dev.covrun.runner.config;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The options of {@code covrun run} as given in one place (flags or covrun.yaml); null means
 * "not given here". YAML keys are the long flag names.
 */
public record Settings(
    @JsonProperty("chunks") String chunks,
    @JsonProperty("classpath") String classpath,
    @JsonProperty("tests") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> tests,
    @JsonProperty("classes") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> classes,
    @JsonProperty("sources") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> sources,
    @JsonProperty("include") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> include,
    @JsonProperty("exclude") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> exclude,
    @JsonProperty("template-db") String templateDb,
    @JsonProperty("out") String out,
    @JsonProperty("java") String java,
    @JsonProperty("jvm-arg") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> jvmArgs,
    @JsonProperty("min") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> min,
    @JsonProperty("enable-assertions") Boolean enableAssertions) {

  /** Settings with nothing given. */
  public static Settings none() {
    return new Settings(
        null, null, null, null, null, null, null, null, null, null, null, null, null);
  }
}
