package io.crmkit.core.service;

/** Where a step of a service process happens, as the customer sees it. */
public enum ServiceStage {
  /** 前台 (服务接触环节): where the customer meets us; each such step is a contact point. */
  FRONT_STAGE,
  /** 后台 (服务传递环节): the support the customer does not see, which the front stage relies on. */
  BACK_STAGE
}
