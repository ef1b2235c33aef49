"""Channel Diligence: human rights due diligence of sales for small IT resellers."""

__version__ = "0.1.0"
APP_NAME = "ChannelDiligence"
