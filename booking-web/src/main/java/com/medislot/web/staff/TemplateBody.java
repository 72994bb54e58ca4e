package com.medislot.web.staff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of {@code PUT /staff/practitioners/{id}/templates}: the whole new weekly template. */
public class TemplateBody {
  @NotNull
  @Size(max = 200)
  public List<@Valid @NotNull OpeningBody> ranges;
}
