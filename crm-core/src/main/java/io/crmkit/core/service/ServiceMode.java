package io.crmkit.core.service;

/**
 * Responsive and proactive service (响应服务, 主动服务): responsive service meets a need the customer
 * raised and is the base every service stands on; proactive service comes before the customer asks,
 * raises the customer's perception of the service and, by digging out needs, builds loyalty.
 */
public enum ServiceMode {
  /** 响应服务: the customer asked; solve it quickly, conveniently and accurately. */
  RESPONSIVE,
  /** 主动服务: we came first, with something the customer had not asked for yet. */
  PROACTIVE;

  /** The mode of a service contact: responsive if the customer asked first, else proactive. */
  public static ServiceMode of(boolean customerAskedFirst) {
    return customerAskedFirst ? RESPONSIVE : PROACTIVE;
  }
}
