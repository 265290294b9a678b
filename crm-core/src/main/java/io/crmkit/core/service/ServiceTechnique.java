package io.crmkit.core.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The four service techniques that win satisfaction (003, 用服务技巧赢得客户的满意), in the order a
 * contact goes through them.
 */
public enum ServiceTechnique {
  /** 接待客户: the first moment decides the perception; the customer feels respected and valued. */
  RECEIVE("make the first moment count: show the customer they are respected and valued"),
  /** 理解需求: understanding each other is the premise of satisfying service. */
  UNDERSTAND_THE_NEED("understand the need, both ways: ask, listen, confirm"),
  /** 解决问题: accurately, flexibly, beyond what the customer expected. */
  SOLVE("solve it accurately and flexibly, a little beyond what was expected"),
  /** 履行承诺: do what was said (言出必行). */
  KEEP_THE_PROMISE("keep every promise made, to the letter");

  private final String advice;

  ServiceTechnique(String advice) {
    this.advice = advice;
  }

  public String advice() {
    return advice;
  }

  /** The techniques a contact has not gone through yet, in their order. */
  public static List<ServiceTechnique> missing(Set<ServiceTechnique> done) {
    List<ServiceTechnique> missing = new ArrayList<>();
    for (ServiceTechnique t : values()) {
      if (!done.contains(t)) {
        missing.add(t);
      }
    }
    return List.copyOf(missing);
  }
}
